package io.safetynet.cli;

import io.safetynet.ingest.IngestJob;
import io.safetynet.ingest.IngestReport;
import io.safetynet.ingest.IngestResult;
import io.safetynet.ingest.IngestSpec;
import io.safetynet.ingest.PiiKey;
import io.safetynet.ingest.PlausibleRange;
import io.safetynet.ingest.WarehouseTarget;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code safetynet ingest (--input DIR | --retry-pending) [--pii-key-file F] [range options]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Loads enrolment, facilities, claims (required) and referrals, households (optional) from DIR into the "
            + "warehouse's Delta tables. Files are found by name: claims.csv, claims.jsonl/.json, claims.parquet or "
            + "a directory claims/ of such files.",
        "Bad rows go to the quarantine table with the reason; personal data (id_number, name, phone, and extra "
            + "columns named like them) is stored only as keyed hashes. Rows whose person or facility is not loaded "
            + "yet are held as pending and loaded by a later run. Re-running the same input changes nothing.",
        "Progress (one line per step) goes to stderr."})
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR",
      description = "Directory with the dataset files (required unless --retry-pending).")
  String input;

  @Option(names = "--retry-pending",
      description = "Read no input; retry only the rows held as pending (unknown person or facility).")
  boolean retryPending;

  @Option(names = "--pii-key-file", paramLabel = "FILE",
      description = "File holding the secret key for pseudonymising personal data (else env "
          + PiiKey.ENV_KEY_FILE + " or " + PiiKey.ENV_KEY + ").")
  Path piiKeyFile;

  @Option(names = "--earliest-date", paramLabel = "YYYY-MM-DD",
      description = "Dates and timestamps before this are quarantined (default 1900-01-01).")
  LocalDate earliestDate;

  @Option(names = "--latest-date", paramLabel = "YYYY-MM-DD",
      description = "Dates and timestamps after this are quarantined (default today + 1 year).")
  LocalDate latestDate;

  @Option(names = "--max-amount", paramLabel = "YUAN",
      description = "Money fields above this (absolute value) are quarantined (default 100000000).")
  BigDecimal maxAmount;

  private final Main main;

  IngestCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    if (input == null && !retryPending) {
      throw new ParameterException(spec.commandLine(),
          "Missing required option: '--input=DIR' (or --retry-pending to retry only the rows held as pending)");
    }
    if (input != null && retryPending) {
      throw new ParameterException(spec.commandLine(), "--input and --retry-pending exclude each other: "
          + "an ingest of new input retries the pending rows anyway");
    }
    Path localInput = input == null || input.contains("://") ? null : Path.of(input).toAbsolutePath();
    PiiKey key = PiiKey.resolve(piiKeyFile, ctx.env(), localInput, ctx.sampleData());
    PlausibleRange range = PlausibleRange.of(earliestDate, latestDate, maxAmount);
    String warehouse = main.warehouse(common);
    WarehouseTarget.requireWritable(warehouse);
    return Main.withLock(warehouse, () -> {
      IngestResult result = new IngestJob(ctx.spark().apply("safetynet ingest"))
          .run(new IngestSpec(input, warehouse, key, null, ctx.out()::println, range, retryPending,
              ctx.err()::println));
      ctx.out().println(IngestReport.summary(result));
      return Main.OK;
    });
  }
}
