package io.safetynet.cli;

import io.safetynet.ingest.PiiKey;
import io.safetynet.nightly.NightlyJob;
import io.safetynet.nightly.NightlyResult;
import io.safetynet.nightly.NightlySpec;
import io.safetynet.settle.Policies;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet nightly [--input DIR] [--policy FILE|DIR]}: the whole pipeline. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = {"Runs ingest -> settle -> indicators -> inspect -> dashboard. With no arguments it loads the "
        + "project's sample-data/ into ./warehouse. Prints each stage with row counts and times, then where the "
        + "results are."})
final class NightlyCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "DIR", description = "Input directory (default: the project's sample-data).")
  String input;

  @Mixin PolicyOption policy;

  @Option(names = "--pii-key-file", paramLabel = "FILE",
      description = "Secret key file for pseudonymising personal data (else env " + PiiKey.ENV_KEY_FILE + " or "
          + PiiKey.ENV_KEY + "; the built-in sample key is accepted only for sample-data).")
  Path piiKeyFile;

  private final Main main;

  NightlyCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    String in = input != null ? input : ctx.sampleData().toString();
    Path localInput = in.contains("://") ? null : Path.of(in).toAbsolutePath();
    PiiKey key = PiiKey.resolve(piiKeyFile, ctx.env(), localInput, ctx.sampleData());
    String warehouse = main.warehouse(common);
    Path policies = policy.resolve(ctx);
    Policies.load(policies); // a policy file error is reported before Spark starts, not after ingest
    return Main.withLock(warehouse, () -> {
      NightlyResult r = new NightlyJob(ctx.spark().apply("safetynet nightly"), ctx.out()::println)
          .run(new NightlySpec(in, warehouse, policies, ctx.home().resolve("conf"), key));
      ctx.out().println();
      ctx.out().println("Summary");
      double total = 0;
      for (NightlyResult.Stage s : r.stages()) {
        ctx.out().printf("  %-11s %7.1f s  %s%n", s.name(), s.seconds(), s.rows());
        total += s.seconds();
      }
      ctx.out().printf("  %-11s %7.1f s%n", "total", total);
      ctx.out().println();
      ctx.out().println("Results");
      ctx.out().println("  warehouse (Delta tables): " + r.warehouse());
      ctx.out().println("  dashboard:                " + r.dashboard());
      ctx.out().println("  inspector list:           jobs/safetynet inspect --warehouse " + r.warehouse());
      ctx.out().println("  one claim's trace:        jobs/safetynet explain --claim X1 --warehouse " + r.warehouse());
      ctx.out().println("  a table as CSV:           jobs/safetynet export --table settlement --format csv "
          + "--output settlement.csv --warehouse " + r.warehouse());
      return Main.OK;
    });
  }
}
