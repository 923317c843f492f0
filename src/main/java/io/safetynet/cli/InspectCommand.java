package io.safetynet.cli;

import io.safetynet.indicators.PolicySettings;
import io.safetynet.settle.Policies;
import io.safetynet.inspect.InspectJob;
import io.safetynet.inspect.InspectConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code safetynet inspect}: the ranked list of facilities for inspectors. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Writes inspection_flags and prints facilities to look at: over the out-of-catalogue limit, far "
        + "above their tier's peers, frequent admissions, large reconciliation differences; each with its evidence.")
final class InspectCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  private final Main main;

  InspectCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    String warehouse = main.warehouse(common);
    var limits = PolicySettings.spec(warehouse, Policies.load(ctx.home().resolve("conf/policies")),
        ctx.home().resolve("conf/indicators.yaml")).outOfCatalogueLimits();
    return Main.withLock(warehouse, () -> {
      ctx.out().print(new InspectJob(InspectConfig.load(io.safetynet.spark.Warehouse.resolveRoot(warehouse), limits,
          ctx.home().resolve("conf/inspection.yaml")))
          .run(ctx.spark().apply("safetynet inspect")).report());
      return Main.OK;
    });
  }
}
