package io.safetynet.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession shared by every Spark test in the JVM: local[2], UI off, 2 shuffle partitions.
 * Call {@link #session()} from tests; never stop it (the JVM exit does).
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("safetynet-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
              .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
              .config("spark.databricks.delta.snapshotPartitions", "2")
              .config(SparkSessions.DELETION_VECTORS_DEFAULT, "true")
              .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/safetynet-test-spark-warehouse")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
