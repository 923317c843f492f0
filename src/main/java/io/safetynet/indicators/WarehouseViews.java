package io.safetynet.indicators;

import io.safetynet.warehouse.WarehouseTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Registers every Delta table under the warehouse root as a temporary view of the same name (settlement,
 * ind_reimbursement, ...), so notebook SQL can say {@code FROM settlement}.
 */
public final class WarehouseViews {
  private WarehouseViews() {}

  /** Returns the names registered, sorted. */
  public static List<String> register(SparkSession spark, String warehouseRoot) {
    List<String> names = WarehouseTables.list(spark, warehouseRoot);
    if (names.isEmpty() && !rootExists(spark, warehouseRoot)) {
      throw new IllegalArgumentException("warehouse root " + warehouseRoot + " is not a directory");
    }
    for (String name : names) {
      WarehouseTables.read(spark, warehouseRoot, name).createOrReplaceTempView(name);
    }
    return names;
  }

  private static boolean rootExists(SparkSession spark, String warehouseRoot) {
    Path root = new Path(warehouseRoot);
    try {
      return WarehouseTables.fileSystem(spark, root).isDirectory(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read warehouse root " + warehouseRoot, e);
    }
  }
}
