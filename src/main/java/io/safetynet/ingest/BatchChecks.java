package io.safetynet.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import io.safetynet.spark.Warehouse;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * Checks across rows, after each row passed on its own: references to other datasets and duplicate keys.
 * Each adds a reason to rows that fail; nothing is dropped.
 *
 * <p>Duplicate keys within one batch: the LAST row by source order (file name, then row number) is kept. An
 * earlier row with different content is quarantined ("duplicate key"); an earlier row with identical content
 * is accepted and marked {@link #COLLAPSED}: it is loaded once, as the kept row.
 */
final class BatchChecks {
  static final String COLLAPSED = "_collapsed";
  private static final String KNOWN = "_known";
  private static final String UNKNOWN = "_unknown";
  /** More unknown values than this are joined without a broadcast (a batch whose references were not loaded). */
  private static final long MAX_BROADCAST_VALUES = 1_000_000;

  private BatchChecks() {}

  /**
   * Marks rows whose reference column value is in neither the warehouse table nor (so) this batch. The distinct
   * values no table knows are found first on the one column (usually there are none, and then the rows are left
   * as they are); only rows with such a value are then marked, through a broadcast of those values, so the wide
   * rows are never shuffled. {@code rows} should be cached: each reference reads it twice.
   */
  static Dataset<Row> references(Dataset<Row> rows, DatasetSchema schema, Warehouse warehouse) {
    Dataset<Row> out = rows;
    for (Reference ref : schema.references()) {
      Column reason = concat(lit(ref.column() + "='"), col(ref.column()),
          lit("': unknown " + ref.targetColumn() + " (not in " + ref.targetDataset() + ", neither in this batch "
              + "nor in the warehouse); held as PENDING: loaded by the next ingest that brings it, or by ingest "
              + "--retry-pending"));
      Column kind = lit(referenceKind(ref));
      Column missing;
      if (warehouse.exists(ref.targetDataset())) {
        Dataset<Row> values = out.filter(col(RowValidator.REASON).isNull()).select(col(ref.column()).as(UNKNOWN))
            .distinct();
        Dataset<Row> known = warehouse.read(ref.targetDataset()).select(col(ref.targetColumn()).as(KNOWN));
        Dataset<Row> unknown = values.join(known, values.col(UNKNOWN).equalTo(known.col(KNOWN)), "left_anti");
        long count = unknown.count();
        if (count == 0) {
          continue;
        }
        out = out.join(count <= MAX_BROADCAST_VALUES ? broadcast(unknown) : unknown,
            out.col(ref.column()).equalTo(unknown.col(UNKNOWN)), "left");
        missing = col(RowValidator.REASON).isNull().and(col(UNKNOWN).isNotNull());
      } else {
        missing = col(RowValidator.REASON).isNull();
      }
      out = out.withColumn(RowValidator.REASON_KIND, when(missing, kind).otherwise(col(RowValidator.REASON_KIND)))
          .withColumn(RowValidator.REASON, when(missing, reason).otherwise(col(RowValidator.REASON)))
          .drop(UNKNOWN);
    }
    return out;
  }

  /** The reason kind of a row whose reference is unknown: such rows are held as pending ({@link PendingRows}). */
  static String referenceKind(Reference ref) {
    return ref.column() + ": unknown " + ref.targetColumn();
  }

  /**
   * Applies the duplicate-key rule above; adds the boolean column {@link #COLLAPSED}. The keys that occur more
   * than once are counted first on the key columns alone: a batch without any (the usual case) is not sorted.
   * A batch with some is ranked by key (and the result cached, since the caller reads it several times).
   */
  static Dataset<Row> duplicates(Dataset<Row> rows, DatasetSchema schema) {
    Column[] keys = schema.keyColumns().stream().map(k -> col(k)).toArray(Column[]::new);
    boolean any = !rows.filter(col(RowValidator.REASON).isNull()).groupBy(keys).count()
        .filter(col("count").gt(1)).isEmpty();
    if (!any) {
      return rows.withColumn(COLLAPSED, lit(false));
    }
    return ranked(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static Dataset<Row> ranked(Dataset<Row> rows, DatasetSchema schema) {
    List<Column> partition = new ArrayList<>();
    partition.add(col(RowValidator.REASON).isNull());
    schema.keyColumns().forEach(k -> partition.add(col(k)));
    WindowSpec lastFirst = Window.partitionBy(partition.toArray(Column[]::new))
        .orderBy(col(DatasetSchema.SOURCE_FILE).desc(), col(RowValidator.ROW_NUMBER).desc());
    Dataset<Row> ranked = rows
        .withColumn("_rank", row_number().over(lastFirst))
        .withColumn("_kept_hash", first(col(DatasetSchema.ROW_HASH)).over(lastFirst))
        .withColumn("_kept_at", first(concat(lit("row "), col(RowValidator.ROW_NUMBER).cast("string"),
            lit(" of "), col(DatasetSchema.SOURCE_FILE))).over(lastFirst));
    Column earlier = col(RowValidator.REASON).isNull().and(col("_rank").gt(1));
    Column differs = earlier.and(col(DatasetSchema.ROW_HASH).notEqual(col("_kept_hash")));
    List<Column> keyText = new ArrayList<>();
    for (String k : schema.keyColumns()) {
      keyText.add(concat(lit(k + "="), col(k).cast("string")));
    }
    Column reason = concat(lit("duplicate key ("), concat_ws(", ", keyText.toArray(Column[]::new)),
        lit(") with different content in this batch; the later "), col("_kept_at"), lit(" was kept"));
    return ranked
        .withColumn(COLLAPSED, earlier.and(col(DatasetSchema.ROW_HASH).equalTo(col("_kept_hash"))))
        .withColumn(RowValidator.REASON_KIND, when(differs, lit("duplicate key")).otherwise(col(RowValidator.REASON_KIND)))
        .withColumn(RowValidator.REASON, when(differs, reason).otherwise(col(RowValidator.REASON)))
        .drop("_rank", "_kept_hash", "_kept_at");
  }
}
