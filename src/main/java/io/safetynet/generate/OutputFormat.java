package io.safetynet.generate;

/** File formats the generator writes; ingest reads both (and Parquet). */
public enum OutputFormat {
  /** UTF-8, header row, comma separated, RFC 4180 quoting, LF line ends. */
  CSV("csv"),
  /** One JSON object per line, UTF-8; money and integers as JSON numbers, dates as ISO strings. */
  JSON_LINES("jsonl");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
