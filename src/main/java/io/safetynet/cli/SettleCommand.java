package io.safetynet.cli;

import io.safetynet.settle.Policies;
import io.safetynet.settle.SettleJob;
import io.safetynet.settle.SettleResult;
import io.safetynet.settle.SettleSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet settle [--policy FILE|DIR]}. */
@Command(name = "settle", mixinStandardHelpOptions = true,
    description = {"Recomputes every claim's settlement with the rules engine, per person and insurance year, into "
        + "the settlement table (and the reconciliation table of reported-vs-recomputed differences). Only "
        + "person-years whose claims, enrolment, referrals, facilities or policy changed are settled again."})
final class SettleCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin PolicyOption policy;

  private final Main main;

  SettleCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    String warehouse = main.warehouse(common);
    Path policies = policy.resolve(ctx);
    Policies.load(policies); // a policy file error is reported before Spark starts, in a second rather than a minute
    return Main.withLock(warehouse, () -> {
      SettleResult r = new SettleJob(ctx.spark().apply("safetynet settle"), ctx.out()::println)
          .run(new SettleSpec(warehouse, policies));
      ctx.out().printf("looked at %,d claims in %,d person-years (%,d re-settled, %,d rows written)%n", r.claims(),
          r.personYears(), r.personYearsResettled(), r.rowsWritten());
      return Main.OK;
    });
  }
}
