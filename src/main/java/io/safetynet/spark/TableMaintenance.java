package io.safetynet.spark;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Keeps the warehouse's Delta tables healthy: every MERGE and append adds a few files per partition it touches,
 * so after many nightly runs a table is mostly small files and every read pays for opening them. A table is
 * compacted (Delta {@code OPTIMIZE}: bin-packing within each partition, one commit, data unchanged) when it has
 * at least {@link #MIN_FILES} files whose average size is under {@link #SMALL_FILE_BYTES}. Old files stay for
 * time travel; nothing is vacuumed here.
 */
public final class TableMaintenance {
  /** Fewer files than this are cheap to read whatever their size: leave the table alone. */
  public static final long MIN_FILES = 32;
  /** An average file below this (32 MiB) means the table is fragmented; Delta's target size is 1 GiB. */
  public static final long SMALL_FILE_BYTES = 32L << 20;

  /** One table compacted: its number of files before and after. */
  public record Compaction(String table, long filesBefore, long filesAfter) {}

  private final SparkSession spark;

  public TableMaintenance(SparkSession spark) {
    this.spark = spark;
  }

  /** Compacts every table of the warehouse that needs it; returns what was compacted. */
  public List<Compaction> compactSmallFiles(Warehouse warehouse) {
    List<Compaction> done = new ArrayList<>();
    for (String table : warehouse.tables()) {
      DeltaTable t = DeltaTable.forPath(spark, warehouse.path(table));
      long[] before = filesAndBytes(t);
      if (needsCompaction(before[0], before[1])) {
        t.optimize().executeCompaction();
        done.add(new Compaction(table, before[0], filesAndBytes(t)[0]));
      }
    }
    return done;
  }

  /** The rule, on a table's file count and total bytes. */
  public static boolean needsCompaction(long files, long bytes) {
    return files >= MIN_FILES && bytes / files < SMALL_FILE_BYTES;
  }

  private static long[] filesAndBytes(DeltaTable t) {
    Row d = t.detail().select("numFiles", "sizeInBytes").first();
    return new long[] {d.isNullAt(0) ? 0 : d.getLong(0), d.isNullAt(1) ? 0 : d.getLong(1)};
  }
}
