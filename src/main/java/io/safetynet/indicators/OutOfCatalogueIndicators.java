package io.safetynet.indicators;

import static io.safetynet.indicators.Tables.moneySum;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code ind_out_of_catalogue}: out-of-catalogue (目录外) cost per facility, month and tier against the tier limit.
 * Only inpatient/day-case claims of special categories count toward the limit (POLICY.md §2 step 1): their sums
 * are the {@code controlled_*} columns; the facility's share is controlled_ooc_cost / controlled_total_cost, over
 * the limit when above {@code ooc_limit}. {@code excess_over_limit} = Σ max(0, O - limit x T) per claim.
 */
public final class OutOfCatalogueIndicators {
  public static final String CONTROLLED = "visit_type in ('INPATIENT', 'DAY_CASE') and category <> 'ORDINARY'";
  private static final StructType LIMIT_SCHEMA =
      new StructType()
          .add("l_policy_id", DataTypes.StringType)
          .add("l_tier", DataTypes.StringType)
          .add("ooc_limit", DataTypes.createDecimalType(5, 4));

  private OutOfCatalogueIndicators() {}

  public static Dataset<Row> compute(
      SparkSession spark, Dataset<Row> settled, Map<String, Map<String, BigDecimal>> limits) {
    return withLimits(spark, settled, limits)
        .groupBy("facility_id", "facility_region_code", "policy_id", "tier", "insurance_year", "month", "ooc_limit")
        .agg(
            count(lit(1)).as("claims"),
            countDistinct("person_id").as("persons"),
            moneySum("total_cost", "total_cost"),
            moneySum("out_of_catalogue_cost", "out_of_catalogue_cost"),
            expr("count_if(" + CONTROLLED + ")").as("controlled_claims"),
            moneySum("case when " + CONTROLLED + " then total_cost else 0 end", "controlled_total_cost"),
            moneySum("case when " + CONTROLLED + " then out_of_catalogue_cost else 0 end", "controlled_ooc_cost"),
            moneySum("case when " + CONTROLLED + " and ooc_limit is not null then "
                + MoneyUdf.NAME + "(greatest(out_of_catalogue_cost - ooc_limit * total_cost, 0)) else 0 end",
                "excess_over_limit"),
            moneySum("hospital_borne", "hospital_borne"),
            expr("count_if(" + EXCESS + ")").as("claims_with_excess"));
  }

  /** A claim whose out-of-catalogue cost went over its limit: flagged by settle, or hospital-borne. */
  public static final String EXCESS =
      "hospital_borne > 0 or array_contains(coalesce(flags, array()), 'OUT_OF_CATALOGUE_EXCESS')";

  /** Settled claims with the limit of their policy and tier (null when the policy sets none). */
  public static Dataset<Row> withLimits(
      SparkSession spark, Dataset<Row> settled, Map<String, Map<String, BigDecimal>> limits) {
    List<Row> rows = new ArrayList<>();
    limits.forEach((policy, tiers) -> tiers.forEach((tier, limit) -> rows.add(RowFactory.create(policy, tier, limit))));
    Dataset<Row> limitRows = spark.createDataFrame(rows, LIMIT_SCHEMA);
    return settled
        .join(limitRows, expr("policy_id = l_policy_id and tier = l_tier"), "left")
        .drop("l_policy_id", "l_tier");
  }
}
