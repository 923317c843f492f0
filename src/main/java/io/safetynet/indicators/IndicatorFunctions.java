package io.safetynet.indicators;

import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The indicator definitions for other jobs (a planner's scenario comparison) to apply to their own rows with the
 * settlement table's columns, so a scenario is measured exactly as the nightly indicators measure the baseline.
 */
public final class IndicatorFunctions {
  private IndicatorFunctions() {}

  /**
   * {@code ind_target_gap} rows for several versions ("variants") of the amounts on the same claims, led by an int
   * {@code variant}: variant {@code v}'s amount {@code name} is the SQL expression {@code amount.apply(v, name)}
   * ({@link TargetGap#compute(SparkSession, Dataset, List, int, BiFunction)}).
   */
  public static Dataset<Row> targetGap(SparkSession spark, Dataset<Row> claims, List<IndicatorTarget> targets,
      int variants, BiFunction<Integer, String, String> amount) {
    MoneyUdf.register(spark);
    return TargetGap.compute(spark, claims, targets, variants, amount);
  }

  /**
   * {@code ind_illness_poverty} rows for several versions ("variants") of the households' OOP, led by an int
   * {@code variant}; {@code householdOop}: {@code o_household}, {@code o_year}, {@code oop_0} ..
   * {@code oop_<variants-1>} ({@link IllnessPoverty#compute(SparkSession, Dataset, int, Dataset, PovertyConfig)}).
   */
  public static Dataset<Row> illnessPoverty(SparkSession spark, Dataset<Row> householdOop, int variants,
      Dataset<Row> households, PovertyConfig poverty) {
    return IllnessPoverty.compute(spark, householdOop, variants, households, poverty);
  }

  /** The amounts that make up the funds' payments on in-policy cost, the compliant ratio's numerator. */
  public static List<String> fundsOnInPolicy() {
    return ReimbursementIndicators.FUNDS_ON_IN_POLICY_TERMS;
  }

  /**
   * The sum of a money expression, as the indicators sum money: whole fen in a long (twice as fast as Spark's
   * decimal sum), back to decimal(18,2); null on overflow.
   */
  public static org.apache.spark.sql.Column moneySum(String moneyExpr, String alias) {
    return Tables.moneySum(moneyExpr, alias);
  }
}
