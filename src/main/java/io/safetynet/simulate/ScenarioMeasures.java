package io.safetynet.simulate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trunc;

import io.safetynet.forecast.FinancingConfig;
import io.safetynet.forecast.Fund;
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
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Measures every scenario's compact rows ({@link ScenarioRows}) at once: each measure is one Spark aggregation of
 * the wide rows for all scenarios, their sums side by side, unfolded to one row per scenario only after the
 * grouping (household-years, person-years of a target, region-months). Target gaps and illness-driven poverty are
 * the indicators' own definitions, applied to several versions of the amounts at once
 * ({@link IndicatorFunctions#targetGap}, {@link IndicatorFunctions#illnessPoverty}).
 */
final class ScenarioMeasures implements AutoCloseable {
  private static final int RATIO_SCALE = 6;

  /** The amounts of {@link ScenarioRows} that {@link #funds} sums, in the order it reads them back. */
  private static final List<String> FUND_SUMS = List.of("basic_paid", "critical_paid", "assistance_paid",
      "supplementary_paid", "funds_paid", "patient_oop", "total_cost", "in_policy_cost");
  private final SparkSession spark;
  private final Dataset<Row> wide;
  private final List<String> names;
  private final Map<String, Map<Metric, BigDecimal>> values = new LinkedHashMap<>();
  private final Map<String, Map<Metric, String>> notes = new LinkedHashMap<>();
  /** OOP per scenario, household and year, cached on first use ({@link #householdYears}). */
  private Dataset<Row> householdYears;

  /** @param wide the simulation's wide rows ({@link ScenarioRows}), {@code names.get(i)} for the columns s<i>_* */
  ScenarioMeasures(SparkSession spark, Dataset<Row> wide, List<String> names) {
    this.spark = spark;
    this.wide = wide;
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

  /** Spending per fund and the two ratios: one aggregation over the wide rows, every scenario's sums side by side. */
  void funds() {
    List<Column> sums = scenarioSums(FUND_SUMS);
    for (int i = 0; i < names.size(); i++) {
      int scenario = i;
      String onInPolicy = IndicatorFunctions.fundsOnInPolicy().stream()
          .map(f -> "(" + ScenarioRows.value(scenario, f) + ")").collect(Collectors.joining(" + "));
      sums.add(IndicatorFunctions.moneySum(onInPolicy, "s" + i + "_funds_on_in_policy"));
    }
    Row r = wide.agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new)).first();
    int onInPolicy = names.size() * FUND_SUMS.size();
    for (int i = 0; i < names.size(); i++) {
      int k = i * FUND_SUMS.size();
      Map<Metric, BigDecimal> v = values.get(names.get(i));
      v.put(Metric.BASIC, money(r.getDecimal(k)));
      v.put(Metric.CRITICAL, money(r.getDecimal(k + 1)));
      v.put(Metric.ASSISTANCE, money(r.getDecimal(k + 2)));
      v.put(Metric.SUPPLEMENTARY, money(r.getDecimal(k + 3)));
      v.put(Metric.FUNDS, money(r.getDecimal(k + 4)));
      v.put(Metric.PATIENT_OOP, money(r.getDecimal(k + 5)));
      v.put(Metric.ACTUAL_RATIO, ratio(r.getDecimal(k + 4), r.getDecimal(k + 6)));
      v.put(Metric.COMPLIANT_RATIO, ratio(r.getDecimal(onInPolicy + i), r.getDecimal(k + 7)));
    }
  }

  /** A money sum of each scenario's {@code fields} over the wide rows, named s&lt;i&gt;_&lt;field&gt;, by scenario. */
  private List<Column> scenarioSums(List<String> fields) {
    List<Column> sums = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (String f : fields) {
        sums.add(IndicatorFunctions.moneySum(ScenarioRows.value(i, f), ScenarioRows.columnName(i, f)));
      }
    }
    return sums;
  }

  /**
   * Household OOP per household and insurance year (households with at least one active claim): nearest-rank
   * median and 90th percentile (the value at rank ceil(p x n), an actual household's OOP, exact), and how many
   * exceed their own region's OOP ceiling ({@link OopCeilings}: county-code prefix -> ceiling).
   */
  void householdOop(Map<String, BigDecimal> ceilings) {
    ScenarioRows.unfoldSums(householdYears(), names, List.of("household_id", "insurance_year", "region_code"),
            List.of("patient_oop"))
        .withColumnRenamed("patient_oop", "oop").createOrReplaceTempView("simulate_household_oop");
    for (Row r : spark.sql("select scenario, max(case when rk = ceil(0.5 * n) then oop end),"
        + " max(case when rk = ceil(0.9 * n) then oop end), count_if(oop > ceiling) from ("
        + " select scenario, oop, " + OopCeilings.sql(ceilings, "region_code") + " as ceiling,"
        + " row_number() over (partition by scenario order by oop, household_id, insurance_year)"
        + " as rk, count(*) over (partition by scenario) as n from simulate_household_oop) group by scenario")
        .collectAsList()) {
      Map<Metric, BigDecimal> v = values.get(r.getString(0));
      v.put(Metric.OOP_MEDIAN, money(r.getDecimal(1)));
      v.put(Metric.OOP_P90, money(r.getDecimal(2)));
      v.put(Metric.OOP_OVER_CEILING, BigDecimal.valueOf(r.getLong(3)));
    }
    spark.catalog().dropTempView("simulate_household_oop");
  }

  /**
   * {@code patient_oop} per household and insurance year (households with an active claim), every scenario's sum
   * side by side ({@code s<i>_patient_oop}): what both the household OOP measures and illness-driven poverty start
   * from, so the wide rows are grouped for them once.
   */
  private Dataset<Row> householdYears() {
    if (householdYears == null) {
      List<Column> sums = scenarioSums(List.of("patient_oop"));
      sums.add(0, functions.max("region_code").as("region_code"));   // a household lives in one county
      householdYears = wide.filter("household_id is not null")
          .groupBy("household_id", "insurance_year")
          .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
          .persist(StorageLevel.MEMORY_AND_DISK());
    }
    return householdYears;
  }

  /**
   * Person-years below any configured target ({@code ind_target_gap}'s persons_below, summed over targets): the
   * claims joined with the targets and grouped per person-year once, every scenario's sums side by side. The
   * baseline's targets are every scenario's yardstick; a scenario keeps its policy's id, so they match its claims.
   */
  void targets(List<IndicatorTarget> targets) {
    names.forEach(n -> values.get(n).put(Metric.BELOW_TARGET, BigDecimal.ZERO));
    Dataset<Row> claims = wide.withColumn("policy_id", col(ScenarioRows.columnName(0, "policy_id")));
    for (Row r : IndicatorFunctions.targetGap(spark, claims, targets, names.size(), ScenarioRows::value)
        .groupBy("variant").agg(expr("sum(persons_below)")).collectAsList()) {
      values.get(names.get(r.getInt(0))).put(Metric.BELOW_TARGET, BigDecimal.valueOf(r.getLong(1)));
    }
  }

  /**
   * Impoverished households over all households of the households table ({@code ind_illness_poverty}), the
   * households joined once with every scenario's household-year OOP.
   */
  void poverty(Dataset<Row> households, PovertyConfig config) {
    List<Column> oop = new ArrayList<>(List.of(col("household_id").as("o_household"),
        col("insurance_year").as("o_year")));
    for (int i = 0; i < names.size(); i++) {
      oop.add(col(ScenarioRows.columnName(i, "patient_oop")).as("oop_" + i));
    }
    for (Row r : IndicatorFunctions.illnessPoverty(spark, householdYears().select(oop.toArray(Column[]::new)),
            names.size(), households, config)
        .groupBy("variant").agg(expr("sum(households)"), expr("sum(impoverishing_households)")).collectAsList()) {
      Map<Metric, BigDecimal> v = values.get(names.get(r.getInt(0)));
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
    // the wide rows summed by what the forecast reads of a claim (region, service month, settled month), every
    // scenario's funds side by side, then unfolded: a few thousand rows instead of one per claim and scenario;
    // and the enrolment counted once (it is the same for every scenario)
    List<String> funds = java.util.Arrays.stream(Fund.values()).map(Fund::settlementColumn).toList();
    List<Column> sums = scenarioSums(funds);
    Dataset<Row> cells = wide.where(col("status").equalTo("ACTIVE"))
        .groupBy(col("region_code"), col("status"),
            trunc(coalesce(col("discharge_date"), col("admission_date")), "month").as("discharge_date"),
            date_trunc("month", col("settled_at")).as("settled_at"))
        .agg(count(lit(1)).as("claims"), sums.toArray(Column[]::new))
        .withColumn("admission_date", lit(null).cast("date"));
    Map<String, ForecastInputs> inputs = ForecastInputs.byGroup(
        ScenarioRows.unfoldSums(cells, names, List.of("region_code", "status", "discharge_date", "admission_date",
            "settled_at", "claims"), funds),
        col("scenario"), col("claims"), enrolment, "the simulation");
    for (String n : names) {
      ForecastInputs in = inputs.get(n);
      if (in == null) {
        throw new IllegalStateException("forecast: scenario " + n + " has no dated ACTIVE rows");
      }
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

  @Override
  public void close() {
    if (householdYears != null) {
      householdYears.unpersist();
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
