package io.safetynet.cli;

import io.safetynet.forecast.BootstrapSimulation;
import io.safetynet.forecast.ForecastException;
import io.safetynet.forecast.HistoryReport;
import io.safetynet.forecast.LogLinearGrowth;
import io.safetynet.forecast.TrendRegression;
import io.safetynet.forecast.UserHistory;
import io.safetynet.forecast.MackChainLadder;
import io.safetynet.forecast.Triangle;
import io.safetynet.forecast.TriangleReport;
import io.safetynet.forecast.spark.ForecastJob;
import io.safetynet.spark.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code safetynet forecast --years N [--backtest]}, or on a user's file: {@code --triangle FILE [--tail F]},
 * {@code --history FILE [--years N]}.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {"Projects each fund per region N years ahead (revenue from conf/financing.yaml against spending "
        + "from the settlement table, completed for reporting lag), with prediction intervals, and rolls each fund's "
        + "balance forward from its opening balance (history and projection) into fund_projection; reports the first "
        + "annual deficit, the depletion year, months of cover and, from --paths simulated paths, the balance band "
        + "and the probability the fund is depleted each year.",
        "--backtest forecasts every year of the history from every earlier origin, 1 to N years ahead, and scores each "
            + "method against the naive last-value and drift benchmarks (MASE, interval score).",
        "--triangle FILE runs chain ladder with Mack standard errors on a run-off triangle (CSV origin,development,"
            + "cumulative; development 1-based) and prints reserves per origin; no warehouse needed.",
        "--history FILE projects a yearly series (CSV year,enrolment,revenue,expenditure[,opening_balance]) --years "
            + "ahead with intervals, the accumulated balance and the first year below zero; no warehouse needed."})
final class ForecastCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--years", defaultValue = "5", paramLabel = "N", description = "Years ahead (default 5); with --backtest the "
      + "longest horizon scored; with --history the years projected.")
  int years;

  @Option(names = "--paths", defaultValue = "2000", paramLabel = "N", description = "Monte Carlo paths of each "
      + "fund's balance (default 2000, seeded): P10/P50/P90 of the closing balance and the probability of depletion.")
  int paths;

  @Option(names = "--backtest", description = "Rolling-origin backtest at horizons 1..N against naive "
      + "benchmarks instead of projecting.")
  boolean backtest;

  @Option(names = "--triangle", paramLabel = "FILE", description = "Run-off triangle CSV (origin,development,"
      + "cumulative; development 1-based): chain ladder reserves with Mack standard errors.")
  Path triangle;

  @Option(names = "--tail", defaultValue = "1.0", paramLabel = "F",
      description = "With --triangle: tail factor from the last development period to ultimate (default 1, none).")
  double tail;

  @Option(names = "--history", paramLabel = "FILE", description = "Yearly fund history CSV (year,enrolment,revenue,"
      + "expenditure[,opening_balance]): projection with intervals and the accumulated balance.")
  Path history;

  private final Main main;

  ForecastCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    if (tail != 1.0 && triangle == null) {
      ctx.err().println("safetynet forecast: --tail applies to --triangle FILE only; give the triangle too");
      return Main.USAGE;
    }
    if (paths < 100) {
      ctx.err().println("safetynet forecast: --paths must be at least 100 for stable percentiles, got " + paths);
      return Main.USAGE;
    }
    if (triangle != null) {
      return userFile(ctx, () -> {
        Triangle t = Triangle.read(triangle);
        return TriangleReport.of(t, MackChainLadder.estimate(t, tail));
      });
    }
    if (history != null) {
      return userFile(ctx, () -> HistoryReport.of(UserHistory.read(history),
          List.of(new TrendRegression(), new BootstrapSimulation(), new LogLinearGrowth()), years, 0.95));
    }
    String warehouse = Warehouse.resolveRoot(main.warehouse(common));
    ForecastJob.Spec d = ForecastJob.Spec.of(warehouse, years, backtest);
    ForecastJob.Spec spec = d.withFinancingConfig(ctx.home().resolve("conf/financing.yaml")).withPaths(paths);
    return Main.withLock(warehouse, () -> {
      ctx.out().print(ForecastJob.run(ctx.spark().apply("safetynet forecast"), spec).report());
      return Main.OK;
    });
  }

  /** A user's own file: a bad file is the user's input problem, so one line naming it, exit 1, no stack trace. */
  private static Integer userFile(CliContext ctx, java.util.function.Supplier<String> job) {
    try {
      ctx.out().print(job.get());
      return Main.OK;
    } catch (ForecastException e) {
      ctx.err().println("safetynet forecast: " + e.getMessage());
      return Main.JOB_ERROR;
    }
  }
}
