package io.safetynet.indicators;

import static io.safetynet.indicators.Tables.moneySum;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code ind_fund_spending}: what each fund paid per policy, county and month: the forecasting input. Summed per
 * person first, then per cell, so the persons each fund paid are counted in one pass, not one distinct count per
 * fund over four copies of every claim.
 */
final class FundSpending {
  private static final String[][] FUNDS = {
    {"BASIC", "basic_paid"}, {"CRITICAL", "critical_paid"}, {"ASSISTANCE", "assistance_paid"},
    {"SUPPLEMENTARY", "supplementary_paid"}
  };

  private FundSpending() {}

  static Dataset<Row> compute(Dataset<Row> settled) {
    List<Column> perPerson = new ArrayList<>();
    List<Column> perCell = new ArrayList<>();
    StringBuilder stack = new StringBuilder("stack(" + FUNDS.length);
    for (String[] f : FUNDS) {
      String paid = f[1];
      String claims = f[0] + "_claims";
      perPerson.add(moneySum(paid, paid));
      perPerson.add(expr("count_if(" + paid + " > 0)").as(claims));
      perCell.add(moneySum(paid, paid));
      perCell.add(expr("sum(" + claims + ")").as(claims));
      perCell.add(expr("count_if(" + claims + " > 0)").as(f[0] + "_persons"));
      stack.append(", '").append(f[0]).append("', ").append(paid).append(", ").append(claims).append(", ")
          .append(f[0]).append("_persons");
    }
    stack.append(") as (fund, paid, claims, persons)");
    return settled
        .groupBy("policy_id", "region_code", "insurance_year", "month", "person_id")
        .agg(perPerson.get(0), perPerson.subList(1, perPerson.size()).toArray(new Column[0]))
        .groupBy("policy_id", "region_code", "insurance_year", "month")
        .agg(perCell.get(0), perCell.subList(1, perCell.size()).toArray(new Column[0]))
        .selectExpr("policy_id", "region_code", "insurance_year", "month", stack.toString())
        .select("fund", "policy_id", "region_code", "insurance_year", "month", "paid", "claims", "persons");
  }
}
