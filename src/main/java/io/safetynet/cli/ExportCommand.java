package io.safetynet.cli;

import io.safetynet.spark.TableExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet export --table NAME --format csv|jsonl --output FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes one warehouse table to a single file for people and tools outside Spark. Nested columns "
        + "(flags, trace) become JSON text in CSV.")
final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--table", required = true, paramLabel = "NAME", description = "Table name, e.g. settlement.")
  String table;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonl", description = "Default: csv.")
  TableExport.Format format;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "File to write (replaced).")
  Path output;

  private final Main main;

  ExportCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    long rows = new TableExport(ctx.spark().apply("safetynet export"), main.warehouse(common))
        .export(table, format, output);
    ctx.out().printf("exported %,d rows of %s to %s%n", rows, table, output.toAbsolutePath());
    return Main.OK;
  }
}
