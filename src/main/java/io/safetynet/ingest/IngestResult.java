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
   * One dataset's counts. {@code read = accepted + quarantined}; accepted rows and the pending rows loaded now
   * are {@code inserted + updated + unchanged + collapsed}, where collapsed counts identical duplicates within the
   * batch (loaded once, as the kept row).
   *
   * @param files the source files read (relative names)
   * @param topReasons up to three reason kinds with their counts, most frequent first
   * @param elapsed wall time for this dataset
   * @param absentColumns contract columns some file of the batch lacked (stored values kept on update)
   * @param pendingLoaded rows held as pending by earlier runs that were loaded now (not counted in read)
   * @param pendingWaiting rows of the dataset still held as pending after this run, this batch's included
   */
  public record DatasetResult(
      String dataset, List<String> files, long read, long accepted, long quarantined, long inserted,
      long updated, long unchanged, long collapsed, Map<String, Long> topReasons, Duration elapsed,
      List<String> absentColumns, long pendingLoaded, long pendingWaiting) {
    public DatasetResult {
      files = List.copyOf(files);
      absentColumns = List.copyOf(absentColumns);
      topReasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topReasons));
    }
  }

  public DatasetResult dataset(String name) {
    return datasets.stream().filter(d -> d.dataset().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for dataset " + name));
  }
}
