package io.safetynet.indicators;

import static io.safetynet.indicators.Tables.money;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** {@code ind_fund_spending}: what each fund paid per policy, county and month: the forecasting input. */
final class FundSpending {
  private FundSpending() {}

  static Dataset<Row> compute(Dataset<Row> settled) {
    return settled
        .selectExpr(
            "policy_id", "region_code", "insurance_year", "month", "person_id",
            "stack(4, 'BASIC', basic_paid, 'CRITICAL', critical_paid, 'ASSISTANCE', assistance_paid,"
                + " 'SUPPLEMENTARY', supplementary_paid) as (fund, paid)")
        .groupBy("fund", "policy_id", "region_code", "insurance_year", "month")
        .agg(
            money("sum(paid)", "paid"),
            expr("count_if(paid > 0)").as("claims"),
            expr("count(distinct case when paid > 0 then person_id end)").as("persons"));
  }
}
