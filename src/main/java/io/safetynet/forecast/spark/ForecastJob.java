package io.safetynet.forecast.spark;

import io.safetynet.forecast.BacktestReport;
import io.safetynet.forecast.BootstrapSimulation;
import io.safetynet.forecast.FinancingConfig;
import io.safetynet.forecast.ForecastMethod;
import io.safetynet.forecast.ForecastReport;
import io.safetynet.forecast.FundBacktest;
import io.safetynet.forecast.FundForecaster;
import io.safetynet.forecast.FundHistory;
import io.safetynet.forecast.FundHistoryBuilder;
import io.safetynet.forecast.FundOutlook;
import io.safetynet.forecast.LogLinearGrowth;
import io.safetynet.forecast.ProjectionYear;
import io.safetynet.forecast.RollingBacktest;
import io.safetynet.forecast.TrendRegression;
import io.safetynet.warehouse.WarehouseTables;
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
      List<Double> levels, String reportMethod, long seed) {
    public Spec {
      levels = List.copyOf(levels);
      if (years < 1) {
        throw new IllegalArgumentException("--years must be at least 1, got " + years);
      }
      if (levels.isEmpty()) {
        throw new IllegalArgumentException("at least one interval level is needed (e.g. 0.95)");
      }
    }

    /** conf/financing.yaml, backtest horizons 1..years, 80% and 95% intervals, report the trend method. */
    public static Spec of(String warehouse, int years, boolean backtest) {
      return new Spec(warehouse, Path.of("conf", "financing.yaml"), years, backtest, years, List.of(0.80, 0.95),
          "trend", 20180101L);
    }
  }

  /** Outcome of a run; {@code report} is the text for the CLI. */
  public record Result(YearMonth valuation, List<FundHistory> histories, List<FundOutlook> outlooks,
      List<RollingBacktest.HorizonScore> backtest, List<String> skipped, long rowsWritten, String report) {}

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
      return new Result(in.valuation, histories, List.of(), bt.scores(), skipped, 0,
          header + BacktestReport.of(new FundBacktest.Outcome(bt.scores(), skipped), spec.backtestHorizon(), level));
    }
    FundForecaster.Outcome outcome =
        FundForecaster.project(histories, financing, methods, spec.levels(), spec.years());
    skipped.addAll(outcome.skipped());
    FundForecaster.Outcome reported = new FundForecaster.Outcome(outcome.outlooks(), skipped);
    long rows = write(spark, spec.warehouse(), outcome.outlooks(), in.valuation);
    String report = header + ForecastReport.projections(reported, histories, spec.reportMethod(), Collections.max(spec.levels()))
        + rows + " rows written to " + WarehouseTables.path(spec.warehouse(), TABLE) + "\n";
    return new Result(in.valuation, histories, outcome.outlooks(), List.of(), skipped, rows, report);
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
        .add("valuation_month", DataTypes.StringType, false);
  }

  private static long write(SparkSession spark, String warehouse, List<FundOutlook> outlooks, YearMonth valuation) {
    List<Row> rows = new ArrayList<>();
    for (FundOutlook o : outlooks) {
      for (ProjectionYear y : o.years()) {
        rows.add(RowFactory.create(o.regionId(), o.fund().key(), y.year(), o.method(), o.level(), y.enrolled(),
            y.financingPerPerson(), y.revenue(), y.expenditureLower(), y.expenditurePoint(), y.expenditureUpper(),
            y.balance(), y.balanceAtUpper(), y.isShort(), y.isShortAtUpper(), valuation.toString()));
      }
    }
    // one overwrite = one Delta commit, so readers see the old projection or the new one, never a mix
    spark.createDataFrame(rows, schema()).coalesce(1).write().format("delta").mode("overwrite")
        .option("overwriteSchema", "true").save(WarehouseTables.path(warehouse, TABLE));
    return rows.size();
  }
}
