package io.safetynet.cli;

import io.safetynet.indicators.ExplainClaim;
import io.safetynet.spark.Warehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet explain --claim ID}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Prints one claim's settlement trace in words: each rule applied, what it paid, and why.")
final class ExplainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--claim", required = true, paramLabel = "ID", description = "The claim id.")
  String claim;

  private final Main main;

  ExplainCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    new ExplainClaim(Warehouse.resolveRoot(main.warehouse(common)))
        .explain(ctx.spark().apply("safetynet explain"), claim).forEach(ctx.out()::println);
    return Main.OK;
  }
}
