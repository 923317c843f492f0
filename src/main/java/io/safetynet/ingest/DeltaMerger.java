package io.safetynet.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

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
  /**
   * Up to this many rows (a day's batch is tens of thousands) the batch's keys, and then the changed rows, are
   * broadcast to the table's scan instead of shuffling the table: a few tens of MiB to every executor.
   */
  static final long BROADCAST_ROWS = 500_000;
  /**
   * Up to this many changed rows of a single-key table their keys are also named in the MERGE condition as a
   * target-only condition. The MERGE keeps unmatched source rows (to insert them), a right outer join, and Spark
   * cannot broadcast the preserved side: without the list it shuffles and sorts every row of the files it touches
   * (a day's corrections touch all of them: 1.4 GiB of the 10.9 M claims); with it the target's rows are filtered
   * in the scan, before the shuffle.
   */
  static final long KEY_LIST_ROWS = 200_000;
  private final Warehouse warehouse;

  DeltaMerger(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /**
   * @param batch rows in the table's schema, at most one per key
   * @param total the number of rows in {@code batch} (known to the caller; saves a Spark job)
   * @param absent contract columns the batch's files did not have: an update keeps their stored values rather
   *     than overwriting them with nulls (a new row gets null)
   */
  Outcome merge(DatasetSchema schema, Dataset<Row> batch, long total, java.util.Set<String> absent) {
    String path = warehouse.path(schema.name());
    if (!warehouse.exists(schema.name())) {
      // the change data feed lets settle read which person-years a later MERGE changed (settle.ChangedPersonYears)
      var writer = batch.write().format("delta").mode("errorifexists").option(CHANGE_DATA_FEED, "true");
      if (schema.partitionColumn().isPresent()) {
        writer = writer.partitionBy(schema.partitionColumn().get());
      }
      writer.save(path);
      return new Outcome(total, 0, 0);
    }
    Dataset<Row> existing = warehouse.read(schema.name());
    List<String> keys = schema.keyColumns();
    List<String> keyAndHash = new ArrayList<>(keys);
    keyAndHash.add(DatasetSchema.ROW_HASH);
    // the stored key, hash and partition of the batch's keys only: one scan of a few columns, and with a small
    // batch (a day's corrections) no shuffle of the table at all, as its keys are broadcast
    boolean small = total <= BROADCAST_ROWS;
    Dataset<Row> batchKeys = small ? broadcast(batch.select(cols(keys))) : batch.select(cols(keys));
    Dataset<Row> stored = existing.select(cols(storedColumns(schema)))
        .join(batchKeys, seq(keys), "left_semi")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> changed = null;
    try {
      Dataset<Row> storedHashes = stored.select(cols(keyAndHash));
      changed = batch.join(small ? broadcast(storedHashes) : storedHashes, seq(keyAndHash), "left_anti")
          .persist(StorageLevel.MEMORY_AND_DISK());
      long changedCount = changed.count();
      if (changedCount == 0) {
        return new Outcome(0, 0, total);
      }
      Dataset<Row> storedKeys = stored.select(cols(keys));
      long inserted = changed.join(small ? broadcast(storedKeys) : storedKeys, seq(keys), "left_anti").count();
      Column condition = expr(partitionsTouched(schema, changed, stored) + keys.stream()
          .map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND ")));
      if (keys.size() == 1 && changedCount <= KEY_LIST_ROWS) {
        condition = condition.and(col("t." + keys.get(0)).isInCollection(keyList(changed, keys.get(0))));
      }
      // a small source is broadcast into both of the MERGE's joins instead of shuffling the table by key
      Dataset<Row> source = changedCount <= BROADCAST_ROWS ? broadcast(changed) : changed;
      var merge = DeltaTable.forPath(batch.sparkSession(), path).as("t").merge(source.as("s"), condition);
      var matched = absent.isEmpty() ? merge.whenMatched().updateAll()
          : merge.whenMatched().updateExpr(presentColumns(schema, absent));
      matched.whenNotMatched().insertAll().execute();
      return new Outcome(inserted, changedCount - inserted, total - changedCount);
    } finally {
      if (changed != null) {
        changed.unpersist();
      }
      stored.unpersist();
    }
  }

  /** Every stored column but those of the absent contract columns, as {@code column -> s.column}. */
  private static java.util.Map<String, String> presentColumns(DatasetSchema schema, java.util.Set<String> absent) {
    java.util.Set<String> skip = new java.util.HashSet<>();
    for (String a : absent) {
      schema.column(a).ifPresent(c -> skip.add(c.storedName()));
    }
    java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
    for (String f : schema.tableSchema().fieldNames()) {
      if (!skip.contains(f)) {
        set.put(f, "s.`" + f + "`");
      }
    }
    return set;
  }

  /** The changed rows' keys, for a target-only condition ({@link #KEY_LIST_ROWS}). */
  private static List<Object> keyList(Dataset<Row> changed, String key) {
    List<Object> out = new ArrayList<>();
    for (Row r : changed.select(key).collectAsList()) {
      out.add(r.get(0));
    }
    return out;
  }

  /** Key columns, row hash and the partition column (when it is not a key): what the merge needs of stored rows. */
  private static List<String> storedColumns(DatasetSchema schema) {
    List<String> out = new ArrayList<>(schema.keyColumns());
    out.add(DatasetSchema.ROW_HASH);
    schema.partitionColumn().filter(p -> !out.contains(p)).ifPresent(out::add);
    return out;
  }

  /**
   * For a partitioned table, {@code t.<partition> IN (...) AND }: the partitions of the changed rows and of the
   * stored versions of their keys (a corrected date can move a row to another partition, and its old version must
   * still match), so the MERGE reads and rewrites only those partitions. Empty for an unpartitioned table.
   *
   * @param stored the stored rows of the batch's keys ({@link #storedColumns})
   */
  private static String partitionsTouched(DatasetSchema schema, Dataset<Row> changed, Dataset<Row> stored) {
    if (schema.partitionColumn().isEmpty()) {
      return "";
    }
    String p = schema.partitionColumn().get();
    Dataset<Row> storedOfChanged = stored.join(changed.select(cols(schema.keyColumns())), seq(schema.keyColumns()),
        "left_semi").select(p);
    List<String> values = new ArrayList<>();
    for (Row r : changed.select(p).union(storedOfChanged).distinct().collectAsList()) {
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
