package io.safetynet.cli;

import io.safetynet.simulate.SimulateJob;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet simulate --scenario FILE... [--policy FILE|DIR] [--elasticity E]}. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Re-settles the warehouse's claims under the baseline policies and under each scenario (a YAML "
        + "overlay on one region's policy, conf/scenarios/README.md) in one pass, and prints and stores "
        + "(scenario_comparison) a side-by-side comparison: spending per fund, actual and compliant ratios, poor "
        + "person-years below target, household OOP distribution, illness-driven poverty rate and the first "
        + "forecast shortfall year. Neither the settlement table nor the policy files are changed."})
final class SimulateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--scenario", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Scenario files, e.g. conf/scenarios/xiaogan-critical-deductible-3000.yaml (several in one pass).")
  List<Path> scenarios;

  @Mixin PolicyOption policy;

  @Option(names = "--elasticity", paramLabel = "E",
      description = "Utilisation response: admissions scale by (OOP_scenario/OOP_baseline)^E, E in [-2, 0]; "
          + "about -0.2 from the RAND Health Insurance Experiment (Manning et al. 1987). Default: off.")
  Double elasticity;

  private final Main main;

  SimulateCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    String warehouse = main.warehouse(common);
    Path home = ctx.home();
    SimulateJob.Spec spec = new SimulateJob.Spec(warehouse, policy.resolve(ctx),
        scenarios, elasticity, home.resolve("conf/indicators.yaml"), home.resolve("conf/financing.yaml"), 5);
    SimulateJob.Plan plan;
    try {
      plan = SimulateJob.plan(spec); // every file is checked before Spark starts
    } catch (IllegalArgumentException e) {
      if (KnownErrors.of(e).isPresent()) {
        throw e; // a scenario or policy file error: reported by Main like every other
      }
      ctx.err().println("safetynet simulate: " + KnownErrors.oneLine(e.getMessage())); // an option out of range
      return Main.USAGE;
    }
    return Main.withLock(warehouse, () -> {
      SimulateJob.Result r = new SimulateJob(ctx.spark().apply("safetynet simulate"), ctx.out()::println).run(plan);
      ctx.out().print(r.comparison().text());
      return Main.OK;
    });
  }
}
