package io.safetynet.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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

  /**
   * Exports {@code table} (one of the warehouse's own table names, nothing else) to {@code output}, a file outside
   * the warehouse. The rows are written to a scratch directory beside the output, then moved into place; the
   * scratch directory is removed whether or not that succeeds.
   */
  public long export(String table, Format format, Path output) {
    requireTable(table);
    Path out = requireOutsideWarehouse(output, Path.of(table + "." + format));
    Dataset<Row> df = warehouse.read(table);
    if (format == Format.csv) {
      df = df.select(flatColumns(df.schema()));
    }
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
    return spark.read().format("delta").load(warehouse.path(table)).count();
  }

  /** Only a name the warehouse lists: a path such as {@code ../other/claims} is never a table of this warehouse. */
  private void requireTable(String table) {
    List<String> tables = warehouse.tables();
    if (tables.contains(table)) {
      return;
    }
    if (tables.isEmpty()) {
      throw new UnknownTableException("no table '" + table + "' in warehouse " + warehouse.root()
          + ": it has no tables; run `jobs/safetynet nightly --warehouse " + warehouse.root() + "` first");
    }
    String hint = NearestName.to(table, tables).map(n -> "; did you mean '" + n + "'?").orElse(";");
    throw new UnknownTableException("no table '" + table + "' in warehouse " + warehouse.root() + hint
        + " Tables: " + String.join(", ", tables));
  }

  /**
   * The output as an absolute file path outside the warehouse (symbolic links followed): writing into it could
   * replace a Delta log file or a data file and destroy a table.
   */
  private Path requireOutsideWarehouse(Path output, Path example) {
    Path out = output.toAbsolutePath().normalize();
    if (out.getFileName() == null || Files.isDirectory(out)) {
      throw new ExportTargetException("--output " + output + " is a directory; name a file, e.g. --output "
          + example);
    }
    if (warehouse.isLocal()) {
      Path root = real(Path.of(warehouse.root()));
      Path real = real(out);
      Path scratch = real.resolveSibling("." + real.getFileName() + ".parts");
      if (real.startsWith(root) || scratch.startsWith(root) || root.startsWith(real)) {
        throw new ExportTargetException("--output " + output + " is inside the warehouse " + warehouse.root()
            + ", whose files must not be replaced; write the export elsewhere, e.g. --output " + example);
      }
    }
    return out;
  }

  /** The path with symbolic links resolved as far as it exists; the rest appended as given. */
  private static Path real(Path p) {
    Path existing = p;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return p;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(p)).normalize();
    } catch (IOException e) {
      return p;
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      LocalFiles.deleteTree(tmp);
    } catch (IOException e) {
      // a scratch directory that will not go must not hide the export's own outcome or error
    }
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
