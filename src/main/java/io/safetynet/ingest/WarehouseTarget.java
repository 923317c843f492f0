package io.safetynet.ingest;

import io.safetynet.spark.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any Spark work, that a local warehouse root can be written: a root that is an existing file, or
 * lies on a read-only file system or in a directory this user may not write, fails here with the cause instead
 * of as a Hadoop stack trace halfway through a load. Remote roots (HDFS, S3) are left to their file system.
 */
public final class WarehouseTarget {
  private WarehouseTarget() {}

  public static void requireWritable(String warehouseRoot) {
    String root = Warehouse.resolveRoot(warehouseRoot);
    if (!Warehouse.isLocal(root)) {
      return;
    }
    Path dir = Path.of(root.startsWith("file:") ? root.substring(5) : root);
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw new IngestException("The warehouse " + dir + (existing.equals(dir) ? " is an existing file"
          : " cannot be created: " + existing + " is a file") + ", not a directory. Pass --warehouse DIR naming a "
          + "directory (it is created when missing).");
    }
    if (!Files.isWritable(existing)) {
      throw new IngestException("The warehouse " + dir + " cannot be written: " + existing + " "
          + whyNotWritable(existing) + ". Pass a writable --warehouse DIR, or fix the permissions.");
    }
  }

  private static String whyNotWritable(Path dir) {
    try {
      if (Files.getFileStore(dir).isReadOnly()) {
        return "is on a read-only file system";
      }
    } catch (IOException e) {
      return "is not writable (" + e.getMessage() + ")";
    }
    return "is not writable by this user (no write permission)";
  }
}
