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
            .config(DELETION_VECTORS_DEFAULT, "true");
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
