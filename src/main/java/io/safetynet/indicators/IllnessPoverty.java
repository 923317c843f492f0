package io.safetynet.indicators;

import static io.safetynet.indicators.Tables.moneySum;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code ind_illness_poverty} per year and county. A household's medical OOP is the sum of its members'
 * patient_oop that insurance year. Impoverishing (因病致贫): per-capita income before OOP at or above the year's
 * poverty line, after OOP below it. Catastrophic (SDG 3.8.2): OOP above the lower / upper share of household
 * income (a household with no positive income and some OOP counts as catastrophic). The previous year's
 * components of the same county sit on the row, so the rate change is computed last ({@link PovertyTrend}).
 */
final class IllnessPoverty {
  private static final StructType LINE_SCHEMA =
      new StructType()
          .add("l_year", DataTypes.IntegerType)
          .add("poverty_line", DataTypes.createDecimalType(18, 2));

  private IllnessPoverty() {}

  static Dataset<Row> compute(
      SparkSession spark, Dataset<Row> settled, Dataset<Row> households, PovertyConfig config) {
    Dataset<Row> oop =
        settled
            .groupBy(expr("household_id").as("o_household"), expr("insurance_year").as("o_year"))
            .agg(moneySum("patient_oop", "oop_0"));
    return compute(spark, oop, 1, households, config).drop("variant");
  }

  /**
   * The rows of {@link #compute(SparkSession, Dataset, Dataset, PovertyConfig)} for {@code variants} versions of
   * the households' OOP (a simulation's scenarios), led by an int column {@code variant}: {@code householdOop} has
   * a row per household and year with OOP ({@code o_household}, {@code o_year}, then {@code oop_0} ..
   * {@code oop_<variants-1>}). The households are joined once for all variants.
   */
  static Dataset<Row> compute(SparkSession spark, Dataset<Row> householdOop, int variants, Dataset<Row> households,
      PovertyConfig config) {
    List<Row> lines = new ArrayList<>();
    config.povertyLines().forEach((year, line) -> lines.add(RowFactory.create(year, line)));
    Dataset<Row> lineRows = spark.createDataFrame(lines, LINE_SCHEMA);
    Column[] oops = new Column[variants];
    for (int v = 0; v < variants; v++) {
      oops[v] = struct(lit(v).as("variant"), expr("coalesce(oop_" + v + ", 0)").as("oop"));
    }
    BigDecimal lower = config.catastrophicLowerShare();
    BigDecimal upper = config.catastrophicUpperShare();
    Dataset<Row> perHousehold =
        households
            .join(householdOop, expr("household_id = o_household and year = o_year"), "left")
            .join(lineRows, expr("year = l_year"), "left")
            .select(col("*"), inline(array(oops)))
            .withColumn("before_pc", expr("annual_income / size"))
            .withColumn("after_pc", expr("(annual_income - oop) / size"));
    Dataset<Row> counts =
        perHousehold
            .groupBy("variant", "year", "region_code", "poverty_line")
            .agg(
                count(lit(1)).as("households"),
                expr("count_if(oop > 0)").as("households_with_oop"),
                moneySum("oop", "oop_total"),
                expr("count_if(before_pc >= poverty_line and after_pc < poverty_line)")
                    .as("impoverishing_households"),
                expr("count_if(oop > 0 and oop > " + lower + " * annual_income)").as("catastrophic_lower_households"),
                expr("count_if(oop > 0 and oop > " + upper + " * annual_income)").as("catastrophic_upper_households"))
            .withColumn("catastrophic_lower_share", lit(lower))
            .withColumn("catastrophic_upper_share", lit(upper))
            .withColumn("target_yearly_relative_decline", lit(config.yearlyDeclineTarget()));
    Dataset<Row> previous =
        counts.select(
            expr("variant").as("p_variant"),
            expr("year + 1").as("p_year"),
            expr("region_code").as("p_region"),
            expr("households").as("prev_households"),
            expr("impoverishing_households").as("prev_impoverishing_households"),
            expr("catastrophic_lower_households").as("prev_catastrophic_lower_households"));
    return counts
        .join(previous, expr("variant = p_variant and year = p_year and region_code = p_region"), "left")
        .drop("p_variant", "p_year", "p_region");
  }
}
