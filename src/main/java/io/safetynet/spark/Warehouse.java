package io.safetynet.spark;

import io.safetynet.warehouse.WarehouseTables;
import java.net.URI;
import java.nio.file.Paths;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse: one Delta table per name at {@code <root>/<table>}. A root without a URI scheme is a local
 * directory, resolved against the current directory; a URI ({@code file:///}, {@code hdfs://}, {@code s3a://},
 * {@code oss://}) is used as given, and its tables are reached through Hadoop's FileSystem
 * ({@link WarehouseTables}).
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
    return WarehouseTables.path(root, table);
  }

  public boolean exists(String table) {
    return WarehouseTables.exists(spark, root, table);
  }

  public Dataset<Row> read(String table) {
    return spark.read().format("delta").load(path(table));
  }

  /** The names of every Delta table under the root, sorted. */
  public List<String> tables() {
    return WarehouseTables.list(spark, root);
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

  /**
   * A plain path made absolute against the current directory (a local directory); a URI, {@code file:} included,
   * as given; null means the default.
   */
  public static String resolveRoot(String root) {
    if (root == null) {
      root = DEFAULT_ROOT;
    }
    if (root.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      return root;
    }
    return Paths.get(root.startsWith("file:") ? root.substring(5) : root).toAbsolutePath().normalize().toString();
  }
}
