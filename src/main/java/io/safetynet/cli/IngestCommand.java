package io.safetynet.cli;

import io.safetynet.ingest.IngestJob;
import io.safetynet.ingest.IngestReport;
import io.safetynet.ingest.IngestResult;
import io.safetynet.ingest.IngestSpec;
import io.safetynet.ingest.PiiKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet ingest --input DIR [--pii-key-file F]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Loads enrolment, facilities, claims (required) and referrals, households (optional) from DIR into the "
            + "warehouse's Delta tables. Files are found by name: claims.csv, claims.jsonl/.json, claims.parquet or "
            + "a directory claims/ of such files.",
        "Bad rows go to the quarantine table with the reason; personal data (id_number, name, phone) is stored "
            + "only as keyed hashes. Re-running the same input changes nothing."})
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = "Directory with the dataset files.")
  String input;

  @Option(names = "--pii-key-file", paramLabel = "FILE",
      description = "File holding the secret key for pseudonymising personal data (else env "
          + PiiKey.ENV_KEY_FILE + " or " + PiiKey.ENV_KEY + ").")
  Path piiKeyFile;

  private final Main main;

  IngestCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    Path localInput = input.contains("://") ? null : Path.of(input).toAbsolutePath();
    PiiKey key = PiiKey.resolve(piiKeyFile, ctx.env(), localInput, ctx.sampleData());
    String warehouse = main.warehouse(common);
    return Main.withLock(warehouse, () -> {
      IngestResult result = new IngestJob(ctx.spark().apply("safetynet ingest"))
          .run(new IngestSpec(input, warehouse, key, null, ctx.out()::println));
      ctx.out().println(IngestReport.summary(result));
      return Main.OK;
    });
  }
}
