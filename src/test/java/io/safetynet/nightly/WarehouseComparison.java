package io.safetynet.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares the Delta tables of two warehouses as multisets of rows (order-independent, {@code exceptAll} both
 * ways), leaving out the columns that name the run that wrote a row or when.
 */
final class WarehouseComparison {
  /** Lineage columns: which run wrote the row and when, not what the row says. */
  static final Set<String> RUN_SPECIFIC = Set.of("ingest_run", "run_id", "quarantined_at");

  private WarehouseComparison() {}

  /** Every difference, one line per table; empty when both hold the same tables with the same content. */
  static List<String> differences(Path expected, Path actual, List<String> tables) {
    Warehouse e = new Warehouse(TestSpark.session(), expected.toString());
    Warehouse a = new Warehouse(TestSpark.session(), actual.toString());
    List<String> out = new ArrayList<>();
    for (String t : tables) {
      if (!a.exists(t)) {
        out.add(t + ": missing");
        continue;
      }
      Dataset<Row> x = comparable(e.read(t));
      Dataset<Row> y = comparable(a.read(t));
      if (!Arrays.equals(x.columns(), y.columns())) {
        out.add(t + ": columns differ: " + Arrays.toString(x.columns()) + " vs " + Arrays.toString(y.columns()));
        continue;
      }
      long onlyExpected = x.exceptAll(y).count();
      long onlyActual = y.exceptAll(x).count();
      if (onlyExpected != 0 || onlyActual != 0) {
        out.add(t + ": " + onlyExpected + " rows only in " + expected + ", " + onlyActual + " only in " + actual
            + "; e.g. " + firstDifference(x.exceptAll(y), y.exceptAll(x)));
      }
    }
    return out;
  }

  /** The first differing row and its counterpart with the same first column (the key), column by column. */
  private static String firstDifference(Dataset<Row> onlyExpected, Dataset<Row> onlyActual) {
    List<Row> e = onlyExpected.limit(1).collectAsList();
    if (e.isEmpty()) {
      return onlyActual.limit(1).collectAsList().toString();
    }
    Row r = e.get(0);
    String key = onlyExpected.columns()[0];
    List<Row> a = onlyActual.where(col(key).eqNullSafe(r.get(0))).limit(1).collectAsList();
    if (a.isEmpty()) {
      return r + " (no row with " + key + "=" + r.get(0) + " on the other side)";
    }
    StringBuilder b = new StringBuilder(key + "=" + r.get(0) + ":");
    for (int i = 0; i < r.size(); i++) {
      if (!java.util.Objects.equals(r.get(i), a.get(0).get(i))) {
        b.append(" ").append(onlyExpected.columns()[i]).append(" ").append(r.get(i)).append(" vs ")
            .append(a.get(0).get(i)).append(";");
      }
    }
    return b.toString();
  }

  static List<String> tables(Path warehouse) {
    return new Warehouse(TestSpark.session(), warehouse.toString()).tables();
  }

  /** Without run-specific columns; maps and arrays as JSON text (set operations refuse map columns). */
  private static Dataset<Row> comparable(Dataset<Row> df) {
    List<Column> cols = new ArrayList<>();
    StructType schema = df.schema();
    for (StructField f : schema.fields()) {
      if (RUN_SPECIFIC.contains(f.name())) {
        continue;
      }
      boolean nested = f.dataType() instanceof MapType || f.dataType() instanceof ArrayType
          || f.dataType() instanceof StructType;
      cols.add(nested ? to_json(col(f.name())).as(f.name()) : col(f.name()));
    }
    return df.select(cols.toArray(Column[]::new));
  }
}
