package io.safetynet.bench;

import io.safetynet.spark.LocalFiles;
import io.safetynet.spark.Warehouse;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The floor under the settle stage: the settlement table read and written again as a new Delta table,
 * partitioned as settle writes it, with nothing settled, shuffled or joined. A settle stage that writes one such
 * row per claim can be no faster than this on the same machine, so the report sets this rate beside the engine's
 * in-memory ceiling: a target for settle above the floor's share of the ceiling cannot be met here.
 */
final class WriteFloor {
  private WriteFloor() {}

  /**
   * @param scratch a directory for the copy, deleted before and after
   * @return the rows copied
   */
  static long copySettlement(SparkSession spark, Warehouse warehouse, Path scratch) throws IOException {
    LocalFiles.deleteTree(scratch);
    try {
      Dataset<Row> settlement = warehouse.read(Warehouse.SETTLEMENT);
      settlement.write().format("delta").partitionBy("insurance_year").mode("errorifexists")
          .save(scratch.toAbsolutePath().toString());
      return spark.read().format("delta").load(scratch.toAbsolutePath().toString()).count();
    } finally {
      LocalFiles.deleteTree(scratch);
    }
  }
}
