package io.safetynet.indicators;

import static io.safetynet.indicators.Tables.moneySum;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code ind_target_gap}: each target checked per person-year. A person is below target when
 * funds &lt; ratio x base (ACTUAL: funds_paid over total_cost; COMPLIANT: funds on in-policy cost over in-policy
 * cost), and the gap is what would bring them up to it: max(0, ratio x base - funds), rounded per person.
 */
final class TargetGap {
  private static final StructType TARGET_SCHEMA =
      new StructType()
          .add("t_policy_id", DataTypes.StringType)
          .add("target_name", DataTypes.StringType)
          .add("measure", DataTypes.StringType)
          .add("t_categories", DataTypes.createArrayType(DataTypes.StringType))
          .add("t_visit_types", DataTypes.createArrayType(DataTypes.StringType))
          .add("t_icd_prefixes", DataTypes.createArrayType(DataTypes.StringType))
          .add("target_ratio", DataTypes.createDecimalType(5, 4));

  private TargetGap() {}

  static Dataset<Row> compute(SparkSession spark, Dataset<Row> settled, List<IndicatorTarget> targets) {
    List<Row> rows = new ArrayList<>();
    for (IndicatorTarget t : targets) {
      rows.add(
          RowFactory.create(
              t.policyId(),
              t.name(),
              t.measure().name(),
              t.categories().toArray(),
              t.visitTypes().toArray(),
              t.icdPrefixes() == null ? null : t.icdPrefixes().toArray(),
              t.ratio()));
    }
    Dataset<Row> targetRows = spark.createDataFrame(rows, TARGET_SCHEMA);
    Dataset<Row> inScope =
        settled.join(
            targetRows,
            expr(
                "policy_id = t_policy_id and array_contains(t_categories, category)"
                    + " and array_contains(t_visit_types, visit_type)"
                    + " and (t_icd_prefixes is null or exists(t_icd_prefixes,"
                    + " p -> substring(diagnosis_code, 1, length(p)) = p))"));
    Dataset<Row> personYears =
        inScope
            .groupBy(
                "policy_id", "target_name", "measure", "target_ratio", "insurance_year", "region_code", "category",
                "person_id")
            .agg(
                moneySum("case when measure = 'ACTUAL' then total_cost else in_policy_cost end", "base"),
                moneySum("case when measure = 'ACTUAL' then funds_paid else "
                    + ReimbursementIndicators.FUNDS_ON_IN_POLICY + " end", "funds"))
            .withColumn("gap", expr(MoneyUdf.NAME + "(greatest(target_ratio * base - funds, 0))"));
    return personYears
        .groupBy("policy_id", "target_name", "measure", "target_ratio", "insurance_year", "region_code", "category")
        .agg(
            count(lit(1)).as("persons_evaluated"),
            expr("count_if(funds < target_ratio * base)").as("persons_below"),
            moneySum("base", "base"),
            moneySum("funds", "funds"),
            moneySum("gap", "gap_yuan"))
        .withColumnRenamed("insurance_year", "year");
  }
}
