package io.safetynet.ingest;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to ingest.
 *
 * @param inputDir directory (local path or URI) holding the dataset files; null only with {@code retryPendingOnly}
 * @param warehouse warehouse root
 * @param key the personal-data key (see {@link PiiKey#resolve})
 * @param runId identifies this run in {@code ingest_run} and the quarantine; null: one is generated
 * @param progress receives the result line of each dataset for the user (never personal data)
 * @param range plausible dates and amounts; null: {@link PlausibleRange#defaults()}
 * @param retryPendingOnly read no input: only retry the rows held as pending ({@link PendingRows})
 * @param steps receives one line per step (dataset read, checked, merged) with counts and seconds
 */
public record IngestSpec(String inputDir, String warehouse, PiiKey key, String runId, Consumer<String> progress,
    PlausibleRange range, boolean retryPendingOnly, Consumer<String> steps) {
  public IngestSpec {
    if (!retryPendingOnly) {
      Objects.requireNonNull(inputDir, "inputDir");
    }
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
    if (range == null) {
      range = PlausibleRange.defaults();
    }
    if (steps == null) {
      steps = line -> { };
    }
  }

  /** Ingest {@code inputDir} with the default plausible range and no step lines. */
  public IngestSpec(String inputDir, String warehouse, PiiKey key, String runId, Consumer<String> progress) {
    this(inputDir, warehouse, key, runId, progress, null, false, null);
  }
}
