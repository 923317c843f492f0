package io.safetynet.indicators;

import static io.safetynet.indicators.Tables.moneySum;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code ind_target_gap}: each target checked per person-year. A person is below target when
 * funds &lt; ratio x base (ACTUAL: funds_paid over total_cost; COMPLIANT: funds on in-policy cost over in-policy
 * cost), and the gap is what would bring them up to it: max(0, ratio x base - funds), rounded per person. Where the
 * target has a ceiling (ruling R8), a person is over-protected when funds &gt; ceiling x base, and the excess is
 * max(0, funds - ceiling x base): over-protection is reported beside under-protection.
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
          .add("target_ratio", DataTypes.createDecimalType(5, 4))
          .add("target_ceiling", DataTypes.createDecimalType(5, 4));

  /** A person-year of a target: what its base and funds are summed by. */
  private static final List<String> PERSON_YEAR = List.of(
      "policy_id", "target_name", "measure", "target_ratio", "target_ceiling", "insurance_year", "region_code",
      "category", "person_id");

  private TargetGap() {}

  static Dataset<Row> compute(SparkSession spark, Dataset<Row> settled, List<IndicatorTarget> targets) {
    return compute(spark, settled, targets, 1, (variant, column) -> column).drop("variant");
  }

  /**
   * The rows of {@link #compute(SparkSession, Dataset, List)} for {@code variants} versions of the amounts on the
   * same claims (a simulation's scenarios): variant {@code v}'s amount {@code name} is the SQL expression
   * {@code amount.apply(v, name)}, the claim columns (policy_id, category, visit_type, diagnosis_code, person_id,
   * insurance_year, region_code) are shared. The claims are joined with the targets and grouped per person-year
   * once for all variants; the result leads with an int column {@code variant}.
   */
  static Dataset<Row> compute(SparkSession spark, Dataset<Row> claims, List<IndicatorTarget> targets, int variants,
      BiFunction<Integer, String, String> amount) {
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
              t.ratio(),
              t.ceiling()));
    }
    Dataset<Row> targetRows = spark.createDataFrame(rows, TARGET_SCHEMA);
    Dataset<Row> inScope =
        claims.join(
            targetRows,
            expr(
                "policy_id = t_policy_id and array_contains(t_categories, category)"
                    + " and array_contains(t_visit_types, visit_type)"
                    + " and (t_icd_prefixes is null or exists(t_icd_prefixes,"
                    + " p -> substring(diagnosis_code, 1, length(p)) = p))"));
    List<Column> sums = new ArrayList<>();
    Column[] unfolded = new Column[variants];
    for (int v = 0; v < variants; v++) {
      int variant = v;
      UnaryOperator<String> a = name -> "(" + amount.apply(variant, name) + ")";
      sums.add(moneySum("case when measure = 'ACTUAL' then " + a.apply("total_cost") + " else "
          + a.apply("in_policy_cost") + " end", "base_" + v));
      sums.add(moneySum("case when measure = 'ACTUAL' then " + a.apply("funds_paid") + " else "
          + ReimbursementIndicators.FUNDS_ON_IN_POLICY_TERMS.stream().map(a).collect(Collectors.joining(" + "))
          + " end", "funds_" + v));
      unfolded[v] = struct(lit(v).as("variant"), col("base_" + v).as("base"), col("funds_" + v).as("funds"));
    }
    Dataset<Row> personYears =
        inScope
            .groupBy(PERSON_YEAR.stream().map(functions::col).toArray(Column[]::new))
            .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
            .select(Stream.concat(PERSON_YEAR.stream().map(functions::col), Stream.of(inline(array(unfolded))))
                .toArray(Column[]::new))
            .withColumn("gap", expr(MoneyUdf.NAME + "(greatest(target_ratio * base - funds, 0))"))
            .withColumn("excess", expr("case when target_ceiling is null then cast(0 as decimal(18,2)) else "
                + MoneyUdf.NAME + "(greatest(funds - target_ceiling * base, 0)) end"));
    return personYears
        .groupBy("variant", "policy_id", "target_name", "measure", "target_ratio", "target_ceiling", "insurance_year",
            "region_code", "category")
        .agg(
            count(lit(1)).as("persons_evaluated"),
            expr("count_if(funds < target_ratio * base)").as("persons_below"),
            moneySum("base", "base"),
            moneySum("funds", "funds"),
            moneySum("gap", "gap_yuan"),
            expr("count_if(target_ceiling is not null and funds > target_ceiling * base)").as("persons_above"),
            moneySum("excess", "excess_yuan"))
        .withColumnRenamed("insurance_year", "year");
  }
}
