package io.safetynet.indicators;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The indicator definitions for other jobs (a planner's scenario comparison) to apply to their own rows with the
 * settlement table's columns, so a scenario is measured exactly as the nightly indicators measure the baseline.
 */
public final class IndicatorFunctions {
  private IndicatorFunctions() {}

  /** {@code ind_target_gap} rows ({@link TargetGap}) of {@code settled} (active rows only). */
  public static Dataset<Row> targetGap(SparkSession spark, Dataset<Row> settled, List<IndicatorTarget> targets) {
    MoneyUdf.register(spark);
    return TargetGap.compute(spark, settled, targets);
  }

  /**
   * The sum of a money expression, as the indicators sum money: whole fen in a long (twice as fast as Spark's
   * decimal sum), back to decimal(18,2); null on overflow.
   */
  public static org.apache.spark.sql.Column moneySum(String moneyExpr, String alias) {
    return Tables.moneySum(moneyExpr, alias);
  }

  /** {@code ind_illness_poverty} rows ({@link IllnessPoverty}) of {@code settled} and the households table. */
  public static Dataset<Row> illnessPoverty(
      SparkSession spark, Dataset<Row> settled, Dataset<Row> households, PovertyConfig poverty) {
    return IllnessPoverty.compute(spark, settled, households, poverty);
  }
}
