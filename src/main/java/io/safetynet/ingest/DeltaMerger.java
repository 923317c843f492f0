package io.safetynet.ingest;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import io.safetynet.spark.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Upserts accepted rows into a cleaned table by key. Only rows whose {@code row_hash} is new for their key are
 * merged (found by a left-anti join against the table first): a MERGE rewrites every file it matches even when
 * nothing changes, so an identical re-load must not run one at all, and then leaves the table version as it was.
 */
final class DeltaMerger {
  /** What a merge did. */
  record Outcome(long inserted, long updated, long unchanged) {}

  static final String CHANGE_DATA_FEED = "delta.enableChangeDataFeed";
  private final Warehouse warehouse;

  DeltaMerger(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /**
   * @param batch rows in the table's schema, at most one per key
   * @param total the number of rows in {@code batch} (known to the caller; saves a Spark job)
   */
  Outcome merge(DatasetSchema schema, Dataset<Row> batch, long total) {
    String path = warehouse.path(schema.name());
    if (!warehouse.exists(schema.name())) {
      // the change data feed lets settle read which persons' rows a later MERGE changed (settle.ChangedPersons)
      var writer = batch.write().format("delta").mode("errorifexists").option(CHANGE_DATA_FEED, "true");
      if (schema.partitionColumn().isPresent()) {
        writer = writer.partitionBy(schema.partitionColumn().get());
      }
      writer.save(path);
      return new Outcome(total, 0, 0);
    }
    Dataset<Row> existing = warehouse.read(schema.name());
    List<String> keyAndHash = new ArrayList<>(schema.keyColumns());
    keyAndHash.add(DatasetSchema.ROW_HASH);
    Dataset<Row> changed = batch
        .join(existing.select(cols(keyAndHash)), seq(keyAndHash), "left_anti")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long changedCount = changed.count();
      if (changedCount == 0) {
        return new Outcome(0, 0, total);
      }
      long inserted = changed
          .join(existing.select(cols(schema.keyColumns())), seq(schema.keyColumns()), "left_anti")
          .count();
      String condition = partitionsTouched(schema, changed, existing) + schema.keyColumns().stream()
          .map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
      DeltaTable.forPath(batch.sparkSession(), path).as("t")
          .merge(changed.as("s"), condition)
          .whenMatched().updateAll()
          .whenNotMatched().insertAll()
          .execute();
      return new Outcome(inserted, changedCount - inserted, total - changedCount);
    } finally {
      changed.unpersist();
    }
  }

  /**
   * For a partitioned table, {@code t.<partition> IN (...) AND }: the partitions of the changed rows and of the
   * stored versions of their keys (a corrected date can move a row to another partition, and its old version must
   * still match), so the MERGE reads and rewrites only those partitions. Empty for an unpartitioned table.
   */
  private static String partitionsTouched(DatasetSchema schema, Dataset<Row> changed, Dataset<Row> existing) {
    if (schema.partitionColumn().isEmpty()) {
      return "";
    }
    String p = schema.partitionColumn().get();
    Dataset<Row> stored = existing.join(changed.select(cols(schema.keyColumns())), seq(schema.keyColumns()),
        "left_semi").select(p);
    List<String> values = new ArrayList<>();
    for (Row r : changed.select(p).union(stored).distinct().collectAsList()) {
      if (r.isNullAt(0)) {
        return "";
      }
      values.add(String.valueOf(r.get(0)));
    }
    values.sort(String::compareTo);
    return values.isEmpty() ? "" : "t." + p + " IN (" + String.join(", ", values) + ") AND ";
  }

  private static Column[] cols(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }

  /** A column list as the Scala sequence Spark's {@code join(..., usingColumns, type)} wants. */
  static scala.collection.Seq<String> seq(List<String> columns) {
    return scala.collection.JavaConverters.asScalaBuffer(new ArrayList<>(columns)).toSeq();
  }
}
