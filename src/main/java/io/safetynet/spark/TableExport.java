package io.safetynet.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Writes one warehouse table to a single local file (CSV with header, or JSON Lines), replacing it atomically. */
public final class TableExport {
  /** Output formats. */
  public enum Format {
    csv, jsonl
  }

  private final SparkSession spark;
  private final Warehouse warehouse;

  public TableExport(SparkSession spark, String root) {
    this.spark = spark;
    this.warehouse = new Warehouse(spark, root);
  }

  public long export(String table, Format format, Path output) {
    if (!warehouse.exists(table)) {
      throw new IllegalArgumentException("no table '" + table + "' in " + warehouse.root() + "; tables there: "
          + warehouse.tables() + ". Run `jobs/safetynet nightly` first, or name one of those.");
    }
    Dataset<Row> df = warehouse.read(table);
    if (format == Format.csv) {
      df = df.select(flatColumns(df.schema()));
    }
    Path out = output.toAbsolutePath();
    Path tmp = out.resolveSibling("." + out.getFileName() + ".parts");
    try {
      LocalFiles.deleteTree(tmp);
      var writer = df.coalesce(1).write().mode("overwrite");
      // file:/// so the output stays on this machine even where the session's default file system is HDFS
      if (format == Format.csv) {
        writer.option("header", "true").option("escape", "\"").csv(tmp.toUri().toString());
      } else {
        writer.json(tmp.toUri().toString());
      }
      Path part;
      try (Stream<Path> s = Files.list(tmp)) {
        part = s.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
      }
      Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
      LocalFiles.deleteTree(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
    return spark.read().format("delta").load(warehouse.path(table)).count();
  }

  /** CSV holds no nested values: arrays, maps and structs become JSON text. */
  private static Column[] flatColumns(StructType schema) {
    Column[] cols = new Column[schema.fields().length];
    int i = 0;
    for (StructField f : schema.fields()) {
      boolean nested = f.dataType() instanceof ArrayType || f.dataType() instanceof MapType
          || f.dataType() instanceof StructType;
      cols[i++] = nested ? to_json(col(f.name())).as(f.name()) : col(f.name());
    }
    return cols;
  }
}
