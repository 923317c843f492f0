package io.safetynet.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import io.safetynet.spark.Warehouse;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Appends quarantined rows to the {@code quarantine} table: dataset, source_file, row_number, row (personal
 * fields masked), reason, run_id, quarantined_at, record_hash. A record is identified by (dataset, source_file,
 * row_number, record_hash), where record_hash is a keyed HMAC of the record's full content: re-ingesting the same
 * bad record adds nothing, while a changed record at the same place is quarantined again. The table is a log:
 * an entry stays after its record is later corrected and accepted.
 */
final class QuarantineWriter {
  private static final List<String> KEY = List.of("dataset", "source_file", "row_number", "record_hash");

  private final Warehouse warehouse;

  QuarantineWriter(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /**
   * @param count the number of rows in {@code quarantined} (known to the caller; saves a Spark job)
   * @return how many quarantine entries were new
   */
  long write(String dataset, String runId, Dataset<Row> quarantined, long count) {
    if (count == 0) {
      return 0;
    }
    Dataset<Row> entries = quarantined.select(
        lit(dataset).as("dataset"),
        col(DatasetSchema.SOURCE_FILE).as("source_file"),
        col(RowValidator.ROW_NUMBER).as("row_number"),
        col(RowValidator.ROW_TEXT).as("row"),
        col(RowValidator.REASON).as("reason"),
        lit(runId).as("run_id"),
        current_timestamp().as("quarantined_at"),
        col(RowValidator.RECORD_HASH).as("record_hash"));
    String path = warehouse.path(Warehouse.QUARANTINE);
    if (!warehouse.exists(Warehouse.QUARANTINE)) {
      entries.write().format("delta").save(path);
      return count;
    }
    Dataset<Row> fresh = entries
        .join(warehouse.read(Warehouse.QUARANTINE).select("dataset", "source_file", "row_number", "record_hash"),
            DeltaMerger.seq(KEY), "left_anti")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long n = fresh.count();
      if (n > 0) {
        // insert-only MERGE: safe if the same record is offered twice by a retried run
        DeltaTable.forPath(quarantined.sparkSession(), path).as("t")
            .merge(fresh.as("s"), "t.dataset = s.dataset AND t.source_file = s.source_file "
                + "AND t.row_number = s.row_number AND t.record_hash = s.record_hash")
            .whenNotMatched().insertAll()
            .execute();
      }
      return n;
    } finally {
      fresh.unpersist();
    }
  }
}
