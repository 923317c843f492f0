package io.safetynet.ingest;

import java.io.Serializable;

/**
 * One input file of a dataset.
 *
 * @param uri the full path Spark/Hadoop opens
 * @param name the path relative to the input directory, as stored in {@code source_file} and the quarantine
 */
public record SourceFile(String dataset, String uri, String name, Format format) implements Serializable {
  /** File formats the contract allows. */
  public enum Format {
    CSV, JSON_LINES, PARQUET
  }
}
