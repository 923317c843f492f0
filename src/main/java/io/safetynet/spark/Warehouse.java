package io.safetynet.spark;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse: one Delta table per name at {@code <root>/<table>}. A root without a URI scheme is a local
 * directory, resolved against the current directory; {@code hdfs://}, {@code s3a://} etc. are used as given.
 */
public final class Warehouse {
  public static final String DEFAULT_ROOT = "./warehouse";

  public static final String ENROLMENT = "enrolment";
  public static final String FACILITIES = "facilities";
  public static final String CLAIMS = "claims";
  public static final String REFERRALS = "referrals";
  public static final String HOUSEHOLDS = "households";
  public static final String QUARANTINE = "quarantine";
  public static final String SETTLEMENT = "settlement";
  public static final String RECONCILIATION = "reconciliation";
  /** Tables written by ingest: the cleaned inputs and the quarantine. */
  public static final List<String> INGEST_TABLES =
      List.of(ENROLMENT, FACILITIES, CLAIMS, REFERRALS, HOUSEHOLDS, QUARANTINE);

  private final SparkSession spark;
  private final String root;

  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = resolveRoot(root);
  }

  /** The root as an absolute local path or a URI. */
  public String root() {
    return root;
  }

  /** Whether the root is on the local file system (only then can a lock file guard it). */
  public boolean isLocal() {
    return isLocal(root);
  }

  public String path(String table) {
    return root.endsWith("/") ? root + table : root + "/" + table;
  }

  public boolean exists(String table) {
    return DeltaTable.isDeltaTable(spark, path(table));
  }

  public Dataset<Row> read(String table) {
    return spark.read().format("delta").load(path(table));
  }

  /** The names of every Delta table under the root, sorted. */
  public List<String> tables() {
    List<String> names = new ArrayList<>();
    try {
      Path p = new Path(root);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        return names;
      }
      for (FileStatus s : fs.listStatus(p)) {
        if (s.isDirectory() && fs.exists(new Path(s.getPath(), "_delta_log"))) {
          names.add(s.getPath().getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(String::compareTo);
    return names;
  }

  /**
   * Registers every Delta table of the warehouse as a temporary view of the same name, so SQL such as
   * {@code SELECT * FROM settlement} works in this session. Returns the names registered.
   */
  public List<String> registerAll() {
    List<String> names = tables();
    for (String t : names) {
      read(t).createOrReplaceTempView(t);
    }
    return names;
  }

  public static boolean isLocal(String root) {
    String scheme = URI.create(root.replace(" ", "%20")).getScheme();
    return scheme == null || scheme.equals("file");
  }

  /** A local root made absolute against the current directory; a URI as given; null means the default. */
  public static String resolveRoot(String root) {
    if (root == null) {
      root = DEFAULT_ROOT;
    }
    if (root.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return root;
    }
    return Paths.get(root.startsWith("file:") ? root.substring(5) : root).toAbsolutePath().normalize().toString();
  }
}
