package io.safetynet.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What an ingest run did, per dataset in load order. */
public record IngestResult(String runId, List<DatasetResult> datasets, List<String> warnings, Duration elapsed) {
  public IngestResult {
    datasets = List.copyOf(datasets);
    warnings = List.copyOf(warnings);
  }

  /**
   * One dataset's counts. {@code read = accepted + quarantined}; accepted rows are
   * {@code inserted + updated + unchanged + collapsed}, where collapsed counts identical duplicates within the
   * batch (loaded once, as the kept row).
   *
   * @param files the source files read (relative names)
   * @param topReasons up to three reason kinds with their counts, most frequent first
   * @param elapsed wall time for this dataset
   */
  public record DatasetResult(
      String dataset, List<String> files, long read, long accepted, long quarantined, long inserted,
      long updated, long unchanged, long collapsed, Map<String, Long> topReasons, Duration elapsed) {
    public DatasetResult {
      files = List.copyOf(files);
      topReasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topReasons));
    }
  }

  public DatasetResult dataset(String name) {
    return datasets.stream().filter(d -> d.dataset().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for dataset " + name));
  }
}
