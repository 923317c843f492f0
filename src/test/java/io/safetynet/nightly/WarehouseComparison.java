package io.safetynet.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.to_json;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares the Delta tables of two warehouses as multisets of rows (order-independent), leaving out the columns
 * that name the run that wrote a row or when. The warehouses are the sample data's (a few thousand rows a table):
 * both sides are collected and counted in the driver, one scan each, where two {@code exceptAll} would shuffle.
 */
public final class WarehouseComparison {
  /** Lineage columns: which run wrote the row and when, not what the row says. */
  static final Set<String> RUN_SPECIFIC = Set.of("ingest_run", "run_id", "quarantined_at");
  /** More rows than this in a table and the comparison refuses (it is meant for the sample data). */
  private static final int MAX_ROWS = 1_000_000;

  private WarehouseComparison() {}

  /** Every difference, one line per table; empty when both hold the same tables with the same content. */
  static List<String> differences(Path expected, Path actual, List<String> tables) {
    return differences(expected.toString(), actual.toString(), tables);
  }

  /** The same for warehouse roots given as paths or URIs ({@code hdfs://...}, {@code file:///...}). */
  public static List<String> differences(String expected, String actual, List<String> tables) {
    Warehouse e = new Warehouse(TestSpark.session(), expected);
    Warehouse a = new Warehouse(TestSpark.session(), actual);
    List<String> out = new ArrayList<>();
    for (String t : tables) {
      if (!a.exists(t)) {
        out.add(t + ": missing");
        continue;
      }
      Dataset<Row> x = comparable(e.read(t));
      Dataset<Row> y = comparable(a.read(t));
      if (!columns(x).equals(columns(y))) {
        // same columns of the same types, so equal values are equal objects (a decimal's scale is its type's)
        out.add(t + ": columns differ: " + columns(x) + " vs " + columns(y));
        continue;
      }
      Map<Row, Integer> onlyExpected = counts(t, x);
      Map<Row, Integer> onlyActual = counts(t, y);
      subtractCommon(onlyExpected, onlyActual);
      if (!onlyExpected.isEmpty() || !onlyActual.isEmpty()) {
        out.add(t + ": " + total(onlyExpected) + " rows only in " + expected + ", " + total(onlyActual)
            + " only in " + actual + "; e.g. " + firstDifference(x.columns(), onlyExpected, onlyActual));
      }
    }
    return out;
  }

  /** The table's rows with how often each occurs (a Row is equal to another with equal values). */
  private static Map<Row, Integer> counts(String table, Dataset<Row> rows) {
    List<Row> all = rows.limit(MAX_ROWS + 1).collectAsList();
    if (all.size() > MAX_ROWS) {
      throw new IllegalArgumentException(table + " has more than " + MAX_ROWS + " rows: too many to compare here");
    }
    Map<Row, Integer> out = new HashMap<>();
    for (Row r : all) {
      out.merge(r, 1, Integer::sum);
    }
    return out;
  }

  private static List<String> columns(Dataset<Row> rows) {
    return Arrays.stream(rows.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
  }

  /** Removes from both what occurs in both, as many times as it occurs in both. */
  private static void subtractCommon(Map<Row, Integer> x, Map<Row, Integer> y) {
    for (var it = x.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Row, Integer> e = it.next();
      int common = Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
      if (common > 0) {
        y.merge(e.getKey(), -common, (n, d) -> n + d == 0 ? null : n + d);
        e.setValue(e.getValue() - common);
      }
      if (e.getValue() == 0) {
        it.remove();
      }
    }
  }

  private static int total(Map<Row, Integer> rows) {
    return rows.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The first differing row and its counterpart with the same first column (the key), column by column. */
  private static String firstDifference(String[] columns, Map<Row, Integer> onlyExpected,
      Map<Row, Integer> onlyActual) {
    if (onlyExpected.isEmpty()) {
      return onlyActual.keySet().iterator().next().toString();
    }
    Row r = onlyExpected.keySet().iterator().next();
    Row a = onlyActual.keySet().stream().filter(o -> Objects.equals(o.get(0), r.get(0))).findFirst()
        .orElse(null);
    if (a == null) {
      return r + " (no row with " + columns[0] + "=" + r.get(0) + " on the other side)";
    }
    StringBuilder b = new StringBuilder(columns[0] + "=" + r.get(0) + ":");
    for (int i = 0; i < r.size(); i++) {
      if (!Objects.equals(r.get(i), a.get(i))) {
        b.append(" ").append(columns[i]).append(" ").append(r.get(i)).append(" vs ").append(a.get(i)).append(";");
      }
    }
    return b.toString();
  }

  static List<String> tables(Path warehouse) {
    return tables(warehouse.toString());
  }

  public static List<String> tables(String warehouse) {
    return new Warehouse(TestSpark.session(), warehouse).tables();
  }

  /** Without run-specific columns; maps, arrays and structs as JSON text, binary as hex. */
  private static Dataset<Row> comparable(Dataset<Row> df) {
    List<Column> cols = new ArrayList<>();
    StructType schema = df.schema();
    for (StructField f : schema.fields()) {
      if (RUN_SPECIFIC.contains(f.name())) {
        continue;
      }
      boolean nested = f.dataType() instanceof MapType || f.dataType() instanceof ArrayType
          || f.dataType() instanceof StructType;
      // nested values as JSON text, bytes as hex: values with the equality of their text
      cols.add(nested ? to_json(col(f.name())).as(f.name())
          : f.dataType() instanceof BinaryType ? hex(col(f.name())).as(f.name()) : col(f.name()));
    }
    return df.select(cols.toArray(Column[]::new));
  }
}
