package io.safetynet.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.safetynet.spark.Warehouse;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rows that passed every check but a reference (a claim of a person or facility not loaded yet), held in the
 * Delta table {@code <warehouse>/_ingest/pending} as PENDING until the missing row arrives: every later ingest
 * retries them, after loading the referenced datasets, and {@code ingest --retry-pending} retries them without
 * new input. A row that passes is merged and leaves the table; a row whose key arrives again in a batch is
 * replaced by that newer version. Rows are held as their cleaned-table row in JSON: personal fields already
 * pseudonymised, never raw. Their quarantine entry (written when they first failed) stays, as the quarantine is
 * a log.
 */
final class PendingRows {
  /** Internal ingest state under the warehouse root, not a published table (like the lock file). */
  static final String TABLE = "_ingest/pending";
  /** Marks the rows of a load that came from this table rather than from the input. */
  static final String FROM_PENDING = "_from_pending";
  private static final String KEY = "key";

  private final Warehouse warehouse;

  PendingRows(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /**
   * The held rows of a dataset in the validator's layout (reason cleared, so they are checked again), minus the
   * keys that {@code batch} brings anew; with {@link #FROM_PENDING} true. Null when none are held.
   */
  Dataset<Row> held(DatasetSchema ds, StructType validatorSchema, Dataset<Row> batch) {
    if (!warehouse.exists(TABLE)) {
      return null;
    }
    Dataset<Row> stored = warehouse.read(TABLE).where(col("dataset").equalTo(ds.name()));
    Dataset<Row> batchKeys = batch.select(keyOf(ds).as(KEY)).where(col(KEY).isNotNull());
    stored = stored.join(batchKeys, DeltaMerger.seq(List.of(KEY)), "left_anti");
    StructType table = ds.tableSchema();
    Dataset<Row> rows = stored.select(
        from_json(col("row"), table).as("_r"), col("row_number"), col("record_hash"));
    List<Column> out = new ArrayList<>();
    for (String f : table.fieldNames()) {
      out.add(col("_r." + f).as(f));
    }
    out.add(col("row_number").as(RowValidator.ROW_NUMBER));
    out.add(lit(null).cast(DataTypes.StringType).as(RowValidator.REASON));
    out.add(lit(null).cast(DataTypes.StringType).as(RowValidator.REASON_KIND));
    out.add(lit(null).cast(DataTypes.StringType).as(RowValidator.ROW_TEXT));
    out.add(col("record_hash").as(RowValidator.RECORD_HASH));
    out.add(lit(true).as(FROM_PENDING));
    return rows.select(out.toArray(Column[]::new));
  }

  /** How many rows of the dataset are held now (0 without the table). */
  long count(DatasetSchema ds) {
    return warehouse.exists(TABLE) ? warehouse.read(TABLE).where(col("dataset").equalTo(ds.name())).count() : 0;
  }

  /**
   * Makes {@code stillHeld} (validator layout, each failing only a reference) the dataset's held rows. Writes
   * nothing when they are the rows already held with the same reasons, so a re-run adds no table version.
   *
   * @return how many rows are held for the dataset now
   */
  long replace(DatasetSchema ds, Dataset<Row> stillHeld, String runId) {
    Column[] tableColumns = java.util.Arrays.stream(ds.tableSchema().fieldNames()).map(n -> col(n))
        .toArray(Column[]::new);
    Dataset<Row> entries = stillHeld.select(
        lit(ds.name()).as("dataset"),
        keyOf(ds).as(KEY),
        to_json(struct(tableColumns)).as("row"),
        col(RowValidator.REASON).as("reason"),
        col(DatasetSchema.SOURCE_FILE).as("source_file"),
        col(RowValidator.ROW_NUMBER).as("row_number"),
        col(RowValidator.RECORD_HASH).as("record_hash"),
        lit(runId).as("run_id"),
        current_timestamp().as("held_at"));
    boolean exists = warehouse.exists(TABLE);
    Dataset<Row> now = entries.select(KEY, "record_hash", "reason").persist();
    try {
      long count = now.count();
      if (!exists) {
        if (count > 0) {
          entries.write().format("delta").partitionBy("dataset").save(warehouse.path(TABLE));
        }
        return count;
      }
      Dataset<Row> before = warehouse.read(TABLE).where(col("dataset").equalTo(ds.name()))
          .select(KEY, "record_hash", "reason");
      if (before.count() == count && now.except(before).isEmpty()) {
        return count;
      }
      entries.write().format("delta").mode("overwrite").option("replaceWhere", "dataset = '" + ds.name() + "'")
          .save(warehouse.path(TABLE));
      return count;
    } finally {
      now.unpersist();
    }
  }

  /** A row's key as one text, e.g. {@code P1|2020}. */
  private static Column keyOf(DatasetSchema ds) {
    return concat_ws("|", ds.keyColumns().stream().map(k -> col(k).cast("string")).toArray(Column[]::new));
  }
}
