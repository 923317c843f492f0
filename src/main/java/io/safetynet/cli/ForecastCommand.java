package io.safetynet.cli;

import io.safetynet.forecast.spark.ForecastJob;
import io.safetynet.spark.Warehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet forecast --years N [--backtest]}. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {"Projects each fund per region N years ahead (revenue from conf/financing.yaml against spending "
        + "from the settlement table, completed for reporting lag), with prediction intervals, into fund_projection; "
        + "reports the first year each fund runs short.",
        "--backtest holds out the last years, forecasts them and prints the error (MAPE) per fund and method."})
final class ForecastCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--years", defaultValue = "5", paramLabel = "N", description = "Years ahead (default 5).")
  int years;

  @Option(names = "--backtest", description = "Hold out the last years and report forecast errors instead.")
  boolean backtest;

  private final Main main;

  ForecastCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    String warehouse = Warehouse.resolveRoot(main.warehouse(common));
    ForecastJob.Spec d = ForecastJob.Spec.of(warehouse, years, backtest);
    ForecastJob.Spec spec = new ForecastJob.Spec(d.warehouse(), ctx.home().resolve("conf/financing.yaml"), d.years(),
        d.backtest(), d.holdoutYears(), d.levels(), d.reportMethod(), d.seed());
    return Main.withLock(warehouse, () -> {
      ctx.out().print(ForecastJob.run(ctx.spark().apply("safetynet forecast"), spec).report());
      return Main.OK;
    });
  }
}
