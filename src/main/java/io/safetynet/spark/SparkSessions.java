package io.safetynet.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every job uses: Delta Lake extensions, few shuffle partitions for one machine, UI off.
 * Under {@code spark-submit} the master comes from the submit command; embedded runs default to {@code local[*]}.
 */
public final class SparkSessions {
  /** Session default for the table property {@code delta.enableDeletionVectors} of tables created from now on. */
  public static final String DELETION_VECTORS_DEFAULT =
      "spark.databricks.delta.properties.defaults.enableDeletionVectors";

  /**
   * Columns written without a Parquet dictionary: unique values (claim ids, person ids, fingerprints), whose
   * dictionary only grows until Parquet gives up on it after a million hash-map lookups per file; and money
   * (decimal(18,2) is a Parquet INT64), timestamps and the trace's amounts and detail texts, whose values rarely
   * repeat: that dictionary's hash lookups were 11% of settle's sampled CPU at 10.9 M claims (2 M settlement rows:
   * written in 5.6-5.9 s instead of 7.5-7.7 s, files 7% larger, read as fast).
   */
  static final java.util.List<String> NO_DICTIONARY = java.util.List.of(
      "claim_id", "person_id", "input_hash", "total_cost", "in_policy_cost", "out_of_catalogue_cost", "basic_paid",
      "critical_paid", "assistance_paid", "supplementary_in_policy_paid", "supplementary_ooc_paid",
      "supplementary_paid", "hospital_borne", "patient_oop", "funds_paid", "reported_basic_paid",
      "reported_critical_paid", "reported_assistance_paid", "reported_supplementary_paid", "settled_at",
      "trace.list.element.amount", "trace.list.element.detail");

  private SparkSessions() {}

  public static SparkSession getOrCreate(String appName) {
    SparkSession.Builder b =
        SparkSession.builder()
            .appName(appName)
            .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
            .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.ansi.enabled", "false")
            .config("spark.databricks.delta.schema.autoMerge.enabled", "false")
            // new tables get deletion vectors, so a MERGE of a day's corrections writes the changed rows and small
            // deletion-vector files instead of rewriting every data file that holds one changed row (Delta >= 3.1)
            .config(DELETION_VECTORS_DEFAULT, "true")
            // a task writing a table partitioned by insurance year keeps one open file per year (up to 8, then it
            // falls back to sorting) instead of sorting all its rows by year first: over 10.9 M settled claims with
            // their traces that sort took about 55 s of a 320 s settle
            .config("spark.sql.maxConcurrentOutputFileWriters", "8")
            // whole-stage code over 8000 bytes of bytecode is never JIT-compiled by HotSpot (HugeMethodLimit) and
            // runs interpreted: the encoder of a settlement row with its trace was 29% of settle's CPU. Above this
            // size Spark falls back to smaller per-operator code (Spark's documented setting for HotSpot)
            .config("spark.sql.codegen.hugeMethodLimit", "8000")
            // Delta collects min/max statistics for a new table's first 32 columns on every row written; the keys
            // and dimensions queries filter on come first in every table, and the rest cost ~5% of settle's CPU
            .config("spark.databricks.delta.properties.defaults.dataSkippingNumIndexedCols", "12");
    for (String column : NO_DICTIONARY) {
      b.config("parquet.enable.dictionary#" + column, "false");
    }
    if (System.getProperty("spark.master") == null) {
      b.master("local[*]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", Integer.toString(2 * Runtime.getRuntime().availableProcessors()))
          // Delta rebuilds each table's snapshot state in 50 partitions by default, sized for clusters; on one
          // machine that is dozens of tiny tasks per table read, most of a small nightly's time
          .config("spark.databricks.delta.snapshotPartitions",
              Integer.toString(2 * Runtime.getRuntime().availableProcessors()))
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return b.getOrCreate();
  }
}
