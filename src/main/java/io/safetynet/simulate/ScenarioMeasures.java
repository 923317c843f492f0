package io.safetynet.simulate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.safetynet.forecast.FinancingConfig;
import io.safetynet.forecast.FundForecaster;
import io.safetynet.forecast.FundHistory;
import io.safetynet.forecast.FundHistoryBuilder;
import io.safetynet.forecast.FundOutlook;
import io.safetynet.forecast.ProjectionYear;
import io.safetynet.forecast.TrendRegression;
import io.safetynet.forecast.spark.ForecastInputs;
import io.safetynet.indicators.IndicatorFunctions;
import io.safetynet.indicators.IndicatorTarget;
import io.safetynet.indicators.PovertyConfig;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures every scenario's compact rows ({@link ScenarioRows}) at once: each measure is one Spark aggregation keyed
 * by scenario. Target gaps and illness-driven poverty reuse the indicators' own definitions: the scenario name is
 * folded into the key those definitions group by (policy id, household and county), then split off again.
 */
final class ScenarioMeasures {
  /** Xiaogan's annual personal burden ceiling (seed 001 part 1, "985": 个人年度负担不超过5000元). */
  static final BigDecimal OOP_CEILING = new BigDecimal("5000");
  private static final String SEP = "\u001f";
  private static final int RATIO_SCALE = 6;

  private final SparkSession spark;
  private final Dataset<Row> rows;
  private final List<String> names;
  private final Map<String, Map<Metric, BigDecimal>> values = new LinkedHashMap<>();
  private final Map<String, Map<Metric, String>> notes = new LinkedHashMap<>();

  ScenarioMeasures(SparkSession spark, Dataset<Row> rows, List<String> names) {
    this.spark = spark;
    this.rows = rows;
    this.names = List.copyOf(names);
    for (String n : names) {
      values.put(n, new EnumMap<>(Metric.class));
      notes.put(n, new EnumMap<>(Metric.class));
    }
  }

  Map<Metric, BigDecimal> values(String name) {
    return values.get(name);
  }

  Map<Metric, String> notes(String name) {
    return notes.get(name);
  }

  void funds() {
    for (Row r : rows.groupBy("scenario").agg(
        expr("sum(basic_paid)"), expr("sum(critical_paid)"), expr("sum(assistance_paid)"),
        expr("sum(supplementary_paid)"), expr("sum(funds_paid)"), expr("sum(patient_oop)"), expr("sum(total_cost)"),
        expr("sum(basic_paid + critical_paid + assistance_paid + supplementary_in_policy_paid)"),
        expr("sum(in_policy_cost)")).collectAsList()) {
      Map<Metric, BigDecimal> v = values.get(r.getString(0));
      v.put(Metric.BASIC, money(r.getDecimal(1)));
      v.put(Metric.CRITICAL, money(r.getDecimal(2)));
      v.put(Metric.ASSISTANCE, money(r.getDecimal(3)));
      v.put(Metric.SUPPLEMENTARY, money(r.getDecimal(4)));
      v.put(Metric.FUNDS, money(r.getDecimal(5)));
      v.put(Metric.PATIENT_OOP, money(r.getDecimal(6)));
      v.put(Metric.ACTUAL_RATIO, ratio(r.getDecimal(5), r.getDecimal(7)));
      v.put(Metric.COMPLIANT_RATIO, ratio(r.getDecimal(8), r.getDecimal(9)));
    }
  }

  /**
   * Household OOP per household and insurance year (households with at least one active claim): nearest-rank
   * median and 90th percentile (the value at rank ceil(p x n), an actual household's OOP, exact), and how many
   * exceed {@link #OOP_CEILING}.
   */
  void householdOop() {
    rows.filter("household_id is not null")
        .groupBy("scenario", "household_id", "insurance_year").agg(expr("sum(patient_oop)").as("oop"))
        .createOrReplaceTempView("simulate_household_oop");
    for (Row r : spark.sql("select scenario, max(case when rk = ceil(0.5 * n) then oop end),"
        + " max(case when rk = ceil(0.9 * n) then oop end), count_if(oop > " + OOP_CEILING + ") from ("
        + " select scenario, oop, row_number() over (partition by scenario order by oop, household_id, insurance_year)"
        + " as rk, count(*) over (partition by scenario) as n from simulate_household_oop) group by scenario")
        .collectAsList()) {
      Map<Metric, BigDecimal> v = values.get(r.getString(0));
      v.put(Metric.OOP_MEDIAN, money(r.getDecimal(1)));
      v.put(Metric.OOP_P90, money(r.getDecimal(2)));
      v.put(Metric.OOP_OVER_5000, BigDecimal.valueOf(r.getLong(3)));
    }
    spark.catalog().dropTempView("simulate_household_oop");
  }

  /** Person-years below any configured target ({@code ind_target_gap}'s persons_below, summed over targets). */
  void targets(List<IndicatorTarget> targets) {
    List<IndicatorTarget> keyed = new ArrayList<>();
    for (String n : names) {
      for (IndicatorTarget t : targets) {
        keyed.add(new IndicatorTarget(n + SEP + t.policyId(), t.name(), t.measure(), t.categories(), t.visitTypes(),
            t.icdPrefixes(), t.ratio()));
      }
      values.get(n).put(Metric.BELOW_TARGET, BigDecimal.ZERO);
    }
    Dataset<Row> settled = rows.filter("policy_id is not null")
        .withColumn("policy_id", concat_ws(SEP, col("scenario"), col("policy_id")));
    for (Row r : IndicatorFunctions.targetGap(spark, settled, keyed)
        .groupBy(expr("substring_index(policy_id, '" + SEP + "', 1)")).agg(expr("sum(persons_below)"))
        .collectAsList()) {
      values.get(r.getString(0)).put(Metric.BELOW_TARGET, BigDecimal.valueOf(r.getLong(1)));
    }
  }

  /** Impoverished households over all households of the households table ({@code ind_illness_poverty}). */
  void poverty(Dataset<Row> households, PovertyConfig config) {
    Dataset<Row> scenarioNames = spark.createDataset(names, Encoders.STRING()).toDF("scenario");
    Dataset<Row> keyedHouseholds = households.crossJoin(scenarioNames)
        .withColumn("household_id", concat_ws(SEP, col("scenario"), col("household_id")))
        .withColumn("region_code", concat_ws(SEP, col("scenario"), col("region_code")))
        .drop("scenario");
    Dataset<Row> settled = rows.filter("household_id is not null")
        .withColumn("household_id", concat_ws(SEP, col("scenario"), col("household_id")));
    for (Row r : IndicatorFunctions.illnessPoverty(spark, settled, keyedHouseholds, config)
        .groupBy(expr("substring_index(region_code, '" + SEP + "', 1)"))
        .agg(expr("sum(households)"), expr("sum(impoverishing_households)")).collectAsList()) {
      Map<Metric, BigDecimal> v = values.get(r.getString(0));
      v.put(Metric.IMPOVERISHING, BigDecimal.valueOf(r.getLong(2)));
      v.put(Metric.POVERTY_RATE, ratio(BigDecimal.valueOf(r.getLong(2)), BigDecimal.valueOf(r.getLong(1))));
    }
  }

  /**
   * The first year any fund of any region runs short (trend method, point forecast) under each scenario's spending,
   * through the forecast core; "n/a" with the reason when no fund has {@value TrendRegression#MIN_YEARS} complete
   * years of history.
   */
  void shortfall(Dataset<Row> enrolment, FinancingConfig financing, int years) {
    for (String n : names) {
      ForecastInputs in = ForecastInputs.of(rows.filter(col("scenario").equalTo(lit(n))), enrolment, "scenario " + n);
      List<FundHistory> histories = FundHistoryBuilder.build(in.cells(), in.enrolment(), in.valuation());
      int longest = histories.stream().mapToInt(h -> h.perCapitaSpending().size()).max().orElse(0);
      if (longest < TrendRegression.MIN_YEARS) {
        notes.get(n).put(Metric.SHORTFALL_YEAR, "n/a (needs >= " + TrendRegression.MIN_YEARS + " years)");
        continue;
      }
      FundForecaster.Outcome outcome = FundForecaster.project(histories, financing, List.of(new TrendRegression()),
          List.of(0.95), years);
      Integer first = null;
      String which = null;
      for (FundOutlook o : outcome.outlooks()) {
        for (ProjectionYear y : o.years()) {
          if (y.isShort() && (first == null || y.year() < first)) {
            first = y.year();
            which = o.regionId() + "/" + o.fund().key();
          }
        }
      }
      if (first == null) {
        notes.get(n).put(Metric.SHORTFALL_YEAR, outcome.outlooks().isEmpty()
            ? "n/a (no fund could be forecast)" : "none within " + years + " years");
      } else {
        values.get(n).put(Metric.SHORTFALL_YEAR, BigDecimal.valueOf(first));
        notes.get(n).put(Metric.SHORTFALL_YEAR, which);
      }
    }
  }

  private static BigDecimal money(BigDecimal v) {
    return v == null ? io.safetynet.engine.Money.ZERO : io.safetynet.engine.Money.round(v);
  }

  private static BigDecimal ratio(BigDecimal num, BigDecimal den) {
    if (num == null || den == null || den.signum() == 0) {
      return null;
    }
    return num.divide(den, MathContext.DECIMAL64).setScale(RATIO_SCALE, RoundingMode.HALF_UP);
  }
}
