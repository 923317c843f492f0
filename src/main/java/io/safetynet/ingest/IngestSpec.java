package io.safetynet.ingest;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to ingest.
 *
 * @param inputDir directory (local path or URI) holding the dataset files
 * @param warehouse warehouse root
 * @param key the personal-data key (see {@link PiiKey#resolve})
 * @param runId identifies this run in {@code ingest_run} and the quarantine; null: one is generated
 * @param progress receives one line per step for the user (never personal data)
 */
public record IngestSpec(String inputDir, String warehouse, PiiKey key, String runId, Consumer<String> progress) {
  public IngestSpec {
    Objects.requireNonNull(inputDir, "inputDir");
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(key, "key");
    if (runId == null) {
      runId = "ingest-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
          .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now())
          + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
    if (progress == null) {
      progress = line -> { };
    }
  }
}
