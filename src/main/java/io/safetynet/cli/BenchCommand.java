package io.safetynet.cli;

import io.safetynet.bench.BenchJob;
import io.safetynet.bench.BenchReport;
import io.safetynet.bench.BenchSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet bench [--persons N] [--years Y] [--work DIR] [--skip-generate] [--incremental-share S]}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmarks the pipeline on generated data: generate -> ingest -> settle -> write floor (the "
        + "settlement table read and written again, nothing settled) -> indicators -> simulate (1 and 5 scenarios, "
        + "unless --skip-simulate) -> an incremental day -> table maintenance. Prints per stage rows, seconds, "
        + "rows/s per core and peak heap, the settle stage and the write floor against the engine's in-memory "
        + "ceiling, and the tables' sizes on disk; writes the same to WORK/bench-report.txt and keeps it as "
        + "docs/benchmarks/<date>-<persons>x<years>.md. Recreates "
        + "WORK/warehouse. Timings depend on what else the machine runs: the report names the load average."})
final class BenchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--persons", defaultValue = "1000000", description = "Persons to generate (default 1,000,000).")
  long persons;

  @Option(names = "--years", defaultValue = "3",
      description = "Insurance years (default 3: about 10 million claims for a million persons).")
  int years;

  @Option(names = "--work", defaultValue = "bench-work", paramLabel = "DIR",
      description = "Working directory for input, warehouse and report (default ./bench-work).")
  Path work;

  @Option(names = "--skip-generate", description = "Reuse WORK/input from an earlier run.")
  boolean skipGenerate;

  @Option(names = "--skip-simulate",
      description = "Leave out the two simulate stages (at a million persons they take longer than the nightly).")
  boolean skipSimulate;

  @Option(names = "--incremental-share", defaultValue = "0.005", paramLabel = "SHARE",
      description = "Share of claims corrected or added in the incremental day (default 0.005).")
  double incrementalShare;

  @Option(names = "--ceiling-persons", defaultValue = "5000", hidden = true)
  long ceilingPersons;

  @Option(names = "--ceiling-seconds", defaultValue = "5", hidden = true)
  double ceilingSeconds;

  private final Main main;

  BenchCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    if (main.warehouseGiven(common)) {
      // the bench deletes and recreates its warehouse: never one the user named, which may hold real data
      ctx.err().println("safetynet bench: --warehouse is not used by the bench, which deletes and recreates "
          + "WORK/warehouse on every run; choose the directory with --work DIR instead.");
      return Main.USAGE;
    }
    BenchSpec spec = new BenchSpec(persons, years, work.toAbsolutePath(), skipGenerate, incrementalShare,
        ctx.home().resolve("conf/policies"), ctx.home().resolve("conf"), ceilingPersons, ceilingSeconds,
        ctx.out()::println);
    // the lock sits in WORK, not in WORK/warehouse, which the bench deletes and recreates
    return Main.withLock(spec.work().toString(), () -> {
      String report = BenchReport.format(new BenchJob(ctx.spark().apply("safetynet bench"),
          !skipSimulate)
          .run(spec));
      ctx.out().println();
      ctx.out().print(report);
      ctx.out().println("report written to " + spec.report());
      java.nio.file.Path kept = io.safetynet.bench.BenchResultsFile.write(ctx.home().resolve("docs/benchmarks"),
          java.time.LocalDate.now(), persons, years, "jobs/safetynet bench --persons " + persons + " --years " + years
              + (skipSimulate ? " --skip-simulate" : ""), io.safetynet.bench.BenchResultsFile.commitOf(ctx.home()),
          report);
      ctx.out().println("results kept in " + kept + " (commit it with the code it measured)");
      return Main.OK;
    });
  }
}
