package io.safetynet.indicators;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Registers every Delta table under the warehouse root as a temporary view of the same name (settlement,
 * ind_reimbursement, ...), so notebook SQL can say {@code FROM settlement}.
 */
public final class WarehouseViews {
  private WarehouseViews() {}

  /** Returns the names registered, sorted. */
  public static List<String> register(SparkSession spark, String warehouseRoot) {
    File[] dirs = new File(warehouseRoot).listFiles(f -> new File(f, "_delta_log").isDirectory());
    if (dirs == null) {
      throw new IllegalArgumentException("warehouse root " + warehouseRoot + " is not a directory");
    }
    List<String> names = new ArrayList<>();
    for (File d : dirs) {
      spark.read().format("delta").load(d.getPath()).createOrReplaceTempView(d.getName());
      names.add(d.getName());
    }
    names.sort(String::compareTo);
    return names;
  }
}
