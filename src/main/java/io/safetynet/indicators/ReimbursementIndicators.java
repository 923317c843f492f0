package io.safetynet.indicators;

import static io.safetynet.indicators.Tables.moneySum;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code ind_reimbursement}: additive components (sums, claim counts) per policy, county, month, category, visit
 * type and tier. Ratios (actual = funds_paid / total_cost; compliant = funds_on_in_policy / in_policy_cost) are
 * computed last from the sums, so any roll-up is exact. {@code persons} is distinct within the cell only: it is for
 * small-cell suppression and does not add up across cells.
 */
final class ReimbursementIndicators {
  static final List<String> FUNDS_ON_IN_POLICY_TERMS =
      List.of("basic_paid", "critical_paid", "assistance_paid", "supplementary_in_policy_paid");
  static final String FUNDS_ON_IN_POLICY = String.join(" + ", FUNDS_ON_IN_POLICY_TERMS);

  private ReimbursementIndicators() {}

  static Dataset<Row> compute(Dataset<Row> settled) {
    return settled
        .groupBy("policy_id", "region_code", "insurance_year", "month", "category", "visit_type", "tier")
        .agg(
            count(lit(1)).as("claims"),
            countDistinct("person_id").as("persons"),
            moneySum("total_cost", "total_cost"),
            moneySum("in_policy_cost", "in_policy_cost"),
            moneySum("out_of_catalogue_cost", "out_of_catalogue_cost"),
            moneySum("funds_paid", "funds_paid"),
            moneySum(FUNDS_ON_IN_POLICY, "funds_on_in_policy"),
            moneySum("basic_paid", "basic_paid"),
            moneySum("critical_paid", "critical_paid"),
            moneySum("assistance_paid", "assistance_paid"),
            moneySum("supplementary_paid", "supplementary_paid"),
            moneySum("supplementary_in_policy_paid", "supplementary_in_policy_paid"),
            moneySum("supplementary_ooc_paid", "supplementary_ooc_paid"),
            moneySum("hospital_borne", "hospital_borne"),
            moneySum("patient_oop", "patient_oop"))
        .withColumn("province_code", expr("substring(region_code, 1, 2)"))
        .withColumn("city_code", expr("substring(region_code, 1, 4)"));
  }
}
