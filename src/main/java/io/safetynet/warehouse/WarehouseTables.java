package io.safetynet.warehouse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse's tables, reached through Hadoop's FileSystem of the session (its {@code hadoopConfiguration}), so
 * a root may be a local directory, {@code file:///...}, {@code hdfs://...}, {@code s3a://...} or {@code oss://...}:
 * never through {@code java.nio} or {@code java.io.File}, which know only the local disk. A table is the Delta
 * table at {@code <root>/<name>}; it exists when its {@code _delta_log} directory does.
 */
public final class WarehouseTables {
  private WarehouseTables() {}

  /** {@code <root>/<table>}, in the form Spark and Delta accept (a root without a scheme stays without one). */
  public static String path(String root, String table) {
    return new Path(new Path(root), table).toString();
  }

  public static boolean exists(SparkSession spark, String root, String table) {
    Path log = new Path(path(root, table), "_delta_log");
    try {
      return fileSystem(spark, log).getFileStatus(log).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for table " + table + " at " + path(root, table), e);
    }
  }

  /** The table, or an error saying which job writes it when there is none. */
  public static Dataset<Row> read(SparkSession spark, String root, String table) {
    if (!exists(spark, root, table)) {
      throw new IllegalStateException("table " + table + " not found at " + path(root, table)
          + ": run the job that writes it (ingest / settle) first, or check the warehouse root");
    }
    return spark.read().format("delta").load(path(root, table));
  }

  /**
   * Replaces the table's content in ONE Delta commit (readers see the old or the new run, never a mix) and
   * returns the rows it now holds.
   */
  public static long overwrite(SparkSession spark, Dataset<Row> data, String root, String table) {
    String path = path(root, table);
    data.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
    return spark.read().format("delta").load(path).count();
  }

  /** Removes the table with its history; nothing when there is none. */
  public static void delete(SparkSession spark, String root, String table) {
    Path p = new Path(path(root, table));
    try {
      fileSystem(spark, p).delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete table " + table + " at " + p, e);
    }
  }

  /** The names of every Delta table directly under the root, sorted; none when the root does not exist. */
  public static List<String> list(SparkSession spark, String root) {
    Path r = new Path(root);
    List<String> names = new ArrayList<>();
    try {
      FileSystem fs = fileSystem(spark, r);
      if (!fs.exists(r)) {
        return names;
      }
      for (FileStatus s : fs.listStatus(r)) {
        if (s.isDirectory() && exists(spark, root, s.getPath().getName())) {
          names.add(s.getPath().getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the tables of warehouse " + root, e);
    }
    names.sort(String::compareTo);
    return names;
  }

  /**
   * Writes {@code text} to {@code <root>/<file>} so a reader finds the previous file or the new one whole, never a
   * part: written aside, then renamed over it. The local file system and HDFS replace the file in one rename;
   * object stores (s3a, oss) have no atomic rename, so there the old file is gone for the moment of the copy.
   * Returns the file's path.
   */
  public static String writeFile(SparkSession spark, String root, String file, String text) {
    Path out = new Path(new Path(root), file);
    Path partial = new Path(out.getParent(), out.getName() + ".partial");
    try {
      FileSystem fs = fileSystem(spark, out);
      // the raw local FS: no .crc files beside the dashboard, and its rename is rename(2), which replaces
      if (fs instanceof LocalFileSystem) {
        fs = ((LocalFileSystem) fs).getRaw();
      }
      fs.mkdirs(out.getParent());
      try (FSDataOutputStream o = fs.create(partial, true)) {
        o.write(text.getBytes(StandardCharsets.UTF_8));
      }
      String scheme = fs.getUri().getScheme();
      if ("hdfs".equals(scheme)) {
        // FileSystem.rename refuses an existing target on HDFS; FileContext's OVERWRITE is the namenode's atomic one
        FileContext.getFileContext(fs.getUri(), fs.getConf()).rename(partial, out, Options.Rename.OVERWRITE);
      } else {
        if (!"file".equals(scheme)) {
          fs.delete(out, false); // object stores: a rename is a copy that refuses an existing target
        }
        if (!fs.rename(partial, out)) {
          throw new IOException("rename of " + partial + " to " + out + " failed");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** The file system a warehouse path lives on, configured as the session's jobs see it. */
  public static FileSystem fileSystem(SparkSession spark, Path p) throws IOException {
    return p.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }
}
