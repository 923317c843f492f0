package io.safetynet.forecast.spark;

import io.safetynet.engine.Money;
import io.safetynet.forecast.BacktestReport;
import io.safetynet.forecast.BalanceDistribution;
import io.safetynet.forecast.BalanceSimulation;
import io.safetynet.forecast.BootstrapSimulation;
import io.safetynet.forecast.FinancingConfig;
import io.safetynet.forecast.ForecastMethod;
import io.safetynet.forecast.ForecastReport;
import io.safetynet.forecast.FundBacktest;
import io.safetynet.forecast.FundBalanceForecaster;
import io.safetynet.forecast.FundForecaster;
import io.safetynet.forecast.FundHistory;
import io.safetynet.forecast.FundHistoryBuilder;
import io.safetynet.forecast.FundOutlook;
import io.safetynet.forecast.FundRollForward;
import io.safetynet.forecast.LogLinearGrowth;
import io.safetynet.forecast.ProjectionYear;
import io.safetynet.forecast.RollForwardYear;
import io.safetynet.forecast.RollingBacktest;
import io.safetynet.forecast.TrendRegression;
import io.safetynet.warehouse.WarehouseTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fund forecasting job: settlement + enrolment Delta tables → small series → plain-Java forecasting core →
 * {@code <warehouse>/fund_projection} (overwritten in one Delta commit), or, with {@code backtest}, the rolling-origin
 * backtest against the naive benchmarks at horizons 1..{@code backtestHorizon} (nothing written).
 *
 * <p>CLI: {@code System.out.print(ForecastJob.run(SparkSessions.getOrCreate("safetynet-forecast"),
 * ForecastJob.Spec.of(warehouse, years, backtest)).report());}
 */
public final class ForecastJob {
  public static final String TABLE = "fund_projection";
  private static final DataType MONEY = DataTypes.createDecimalType(18, 2);

  /** What to forecast; {@link #of} fills the defaults. */
  public record Spec(String warehouse, Path financingConfig, int years, boolean backtest, int backtestHorizon,
      List<Double> levels, String reportMethod, long seed, int paths) {
    public Spec {
      levels = List.copyOf(levels);
      if (years < 1) {
        throw new IllegalArgumentException("--years must be at least 1, got " + years);
      }
      if (paths < 100) {
        throw new IllegalArgumentException("--paths must be at least 100, got " + paths);
      }
      if (levels.isEmpty()) {
        throw new IllegalArgumentException("at least one interval level is needed (e.g. 0.95)");
      }
    }

    /**
     * conf/financing.yaml, backtest horizons 1..years, 80% and 95% intervals, report the trend method, 2,000
     * balance paths.
     */
    public static Spec of(String warehouse, int years, boolean backtest) {
      return new Spec(warehouse, Path.of("conf", "financing.yaml"), years, backtest, years, List.of(0.80, 0.95),
          "trend", 20180101L, BalanceSimulation.DEFAULT_PATHS);
    }

    /** The same spec with another number of Monte Carlo paths. */
    public Spec withPaths(int n) {
      return new Spec(warehouse, financingConfig, years, backtest, backtestHorizon, levels, reportMethod, seed, n);
    }

    /** The same spec with another financing file (the CLI resolves it against the install directory). */
    public Spec withFinancingConfig(Path file) {
      return new Spec(warehouse, file, years, backtest, backtestHorizon, levels, reportMethod, seed, paths);
    }
  }

  /** Outcome of a run; {@code report} is the text for the CLI. */
  public record Result(YearMonth valuation, List<FundHistory> histories, List<FundOutlook> outlooks,
      List<FundRollForward> rollForwards, List<RollingBacktest.HorizonScore> backtest, List<String> skipped,
      long rowsWritten, String report) {}

  private ForecastJob() {}

  public static Result run(SparkSession spark, Spec spec) {
    FinancingConfig financing = FinancingConfig.load(spec.financingConfig());
    ForecastInputs in = ForecastInputs.read(spark, spec.warehouse());
    List<FundHistory> histories = FundHistoryBuilder.build(in.cells, in.enrolment, in.valuation);
    List<ForecastMethod> methods =
        List.of(new TrendRegression(), new BootstrapSimulation(2000, spec.seed()), new LogLinearGrowth());
    String header = "Valuation month " + in.valuation + " (later settlements not yet seen; lag completed by chain "
        + "ladder" + (histories.stream().anyMatch(h -> h.partialYear() != null)
            ? ", partial year " + in.valuation.getYear() + " left out of the history" : "") + ")\n";
    List<String> skipped = new ArrayList<>(in.notes);
    if (spec.backtest()) {
      double level = Collections.max(spec.levels());
      FundBacktest.Outcome bt = FundBacktest.run(histories, financing, methods, spec.backtestHorizon(), level);
      skipped.addAll(bt.notes());
      return new Result(in.valuation, histories, List.of(), List.of(), bt.scores(), skipped, 0,
          header + BacktestReport.of(new FundBacktest.Outcome(bt.scores(), skipped), spec.backtestHorizon(), level));
    }
    FundForecaster.Outcome outcome =
        FundForecaster.project(histories, financing, methods, spec.levels(), spec.years());
    skipped.addAll(outcome.skipped());
    FundBalanceForecaster.Outcome balances = FundBalanceForecaster.rollForward(outcome, histories, in.enrolment,
        financing, new BalanceSimulation(spec.paths(), spec.seed()));
    skipped.addAll(balances.notes());
    FundForecaster.Outcome reported = new FundForecaster.Outcome(outcome.outlooks(), skipped);
    long rows = write(spark, spec.warehouse(), outcome.outlooks(), balances.rollForwards(), in.valuation);
    String report = header + ForecastReport.projections(reported, balances.rollForwards(), histories,
        spec.reportMethod(), Collections.max(spec.levels()))
        + rows + " rows written to " + WarehouseTables.path(spec.warehouse(), TABLE) + "\n";
    return new Result(in.valuation, histories, outcome.outlooks(), balances.rollForwards(), List.of(), skipped, rows,
        report);
  }

  static StructType schema() {
    return new StructType()
        .add("region", DataTypes.StringType, false)
        .add("fund", DataTypes.StringType, false)
        .add("year", DataTypes.IntegerType, false)
        .add("method", DataTypes.StringType, false)
        .add("level", DataTypes.DoubleType, false)
        .add("enrolled", DataTypes.LongType, false)
        .add("financing_per_person", MONEY, false)
        .add("projected_revenue", MONEY, false)
        .add("expenditure_lower", MONEY, false)
        .add("expenditure_point", MONEY, false)
        .add("expenditure_upper", MONEY, false)
        .add("balance", MONEY, false)
        .add("balance_at_upper", MONEY, false)
        .add("short", DataTypes.BooleanType, false)
        .add("short_at_upper", DataTypes.BooleanType, false)
        .add("valuation_month", DataTypes.StringType, false)
        // the roll-forward (null where a fund's history years have no financing to roll it)
        .add("period", DataTypes.StringType, false)
        .add("opening_balance", MONEY, true)
        .add("closing_balance", MONEY, true)
        .add("months_of_cover", DataTypes.createDecimalType(18, 1), true)
        .add("depleted", DataTypes.BooleanType, true)
        .add("first_deficit_year", DataTypes.IntegerType, true)
        .add("depletion_year", DataTypes.IntegerType, true)
        .add("closing_p10", MONEY, true)
        .add("closing_p50", MONEY, true)
        .add("closing_p90", MONEY, true)
        .add("p_depleted", DataTypes.DoubleType, true)
        .add("opening_balance_source", DataTypes.StringType, true)
        .add("revenue_basis", DataTypes.StringType, true);
  }

  private static long write(SparkSession spark, String warehouse, List<FundOutlook> outlooks,
      List<FundRollForward> rollForwards, YearMonth valuation) {
    List<Row> rows = new ArrayList<>();
    for (FundOutlook o : outlooks) {
      FundRollForward rf = rollForwards.stream().filter(r -> r.regionId().equals(o.regionId())
          && r.fund() == o.fund() && r.method().equals(o.method()) && r.level() == o.level()).findFirst().orElse(null);
      if (rf != null) {
        // history years first, the same actuals in every method's rows so one method's rows are the whole story
        for (RollForwardYear y : rf.years()) {
          if (!y.projected()) {
            rows.add(historyRow(o, rf, y, valuation));
          }
        }
      }
      for (ProjectionYear y : o.years()) {
        RollForwardYear r = rf == null ? null : rf.years().stream().filter(x -> x.projected() && x.year() == y.year())
            .findFirst().orElse(null);
        BalanceDistribution d = rf == null ? null : rf.distributionFor(y.year()).orElse(null);
        rows.add(RowFactory.create(o.regionId(), o.fund().key(), y.year(), o.method(), o.level(), y.enrolled(),
            y.financingPerPerson(), y.revenue(), y.expenditureLower(), y.expenditurePoint(), y.expenditureUpper(),
            y.balance(), y.balanceAtUpper(), y.isShort(), y.isShortAtUpper(), valuation.toString(), "projection",
            r == null ? null : r.openingBalance(), r == null ? null : r.closingBalance(),
            r == null ? null : r.monthsOfCover(), r == null ? null : r.isDepleted(), deficitYear(rf),
            depletionYear(rf), d == null ? null : d.p10(), d == null ? null : d.p50(), d == null ? null : d.p90(),
            d == null ? null : d.probabilityDepleted(), rf == null ? null : rf.opening().source().toString(),
            r == null ? null : r.revenueBasis()));
      }
    }
    // one overwrite = one Delta commit, so readers see the old projection or the new one, never a mix
    spark.createDataFrame(rows, schema()).coalesce(1).write().format("delta").mode("overwrite")
        .option("overwriteSchema", "true").save(WarehouseTables.path(warehouse, TABLE));
    return rows.size();
  }

  /** A history year: the actuals in the projection columns, the balance known, so P10 = P50 = P90 = closing. */
  private static Row historyRow(FundOutlook o, FundRollForward rf, RollForwardYear y, YearMonth valuation) {
    BigDecimal perPerson = y.enrolled() == 0 ? Money.ZERO
        : y.revenue().divide(BigDecimal.valueOf(y.enrolled()), 2, RoundingMode.HALF_UP);
    return RowFactory.create(o.regionId(), o.fund().key(), y.year(), o.method(), o.level(), y.enrolled(), perPerson,
        y.revenue(), y.expenditure(), y.expenditure(), y.expenditure(), y.annualBalance(), y.annualBalance(),
        y.isDeficit(), y.isDeficit(), valuation.toString(), "history", y.openingBalance(), y.closingBalance(),
        y.monthsOfCover(), y.isDepleted(), deficitYear(rf), depletionYear(rf), y.closingBalance(), y.closingBalance(),
        y.closingBalance(), y.isDepleted() ? 1.0 : 0.0, rf.opening().source().toString(), y.revenueBasis());
  }

  private static Integer deficitYear(FundRollForward rf) {
    return rf == null ? null : rf.firstDeficit().map(RollForwardYear::year).orElse(null);
  }

  private static Integer depletionYear(FundRollForward rf) {
    return rf == null ? null : rf.depletion().map(RollForwardYear::year).orElse(null);
  }
}
