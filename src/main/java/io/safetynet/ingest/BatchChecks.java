package io.safetynet.ingest;

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

  private BatchChecks() {}

  /** Marks rows whose reference column value is in neither the warehouse table nor (so) this batch. */
  static Dataset<Row> references(Dataset<Row> rows, DatasetSchema schema, Warehouse warehouse) {
    Dataset<Row> out = rows;
    for (Reference ref : schema.references()) {
      Column reason = concat(lit(ref.column() + "='"), col(ref.column()),
          lit("': unknown " + ref.targetColumn() + " (not in " + ref.targetDataset() + ", neither in this batch "
              + "nor in the warehouse)"));
      Column kind = lit(ref.column() + ": unknown " + ref.targetColumn());
      if (warehouse.exists(ref.targetDataset())) {
        Dataset<Row> known = warehouse.read(ref.targetDataset())
            .select(col(ref.targetColumn()).as(KNOWN)).distinct();
        out = out.join(known, out.col(ref.column()).equalTo(known.col(KNOWN)), "left");
        Column missing = col(RowValidator.REASON).isNull().and(col(KNOWN).isNull());
        out = out.withColumn(RowValidator.REASON_KIND, when(missing, kind).otherwise(col(RowValidator.REASON_KIND)))
            .withColumn(RowValidator.REASON, when(missing, reason).otherwise(col(RowValidator.REASON)))
            .drop(KNOWN);
      } else {
        Column missing = col(RowValidator.REASON).isNull();
        out = out.withColumn(RowValidator.REASON_KIND, when(missing, kind).otherwise(col(RowValidator.REASON_KIND)))
            .withColumn(RowValidator.REASON, when(missing, reason).otherwise(col(RowValidator.REASON)));
      }
    }
    return out;
  }

  /** Applies the duplicate-key rule above; adds the boolean column {@link #COLLAPSED}. */
  static Dataset<Row> duplicates(Dataset<Row> rows, DatasetSchema schema) {
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
