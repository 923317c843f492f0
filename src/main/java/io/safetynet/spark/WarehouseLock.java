package io.safetynet.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * One writer per warehouse: Delta on a local file system (and on S3 without a commit coordinator) does not make
 * concurrent writers safe, so every run that writes holds {@code <warehouse>/_safetynet.lock}, which names the
 * holder. On a local warehouse that is an OS lock on the file: the OS drops it when the process dies, so a crashed
 * run never leaves the warehouse locked; the file itself stays. On any other file system (HDFS, S3, OSS) the file
 * is the lock: created only if absent, deleted when the run ends. HDFS's namenode creates a file atomically, so two
 * runs never both get it; S3A (Hadoop 3.3) checks and then writes, so two runs starting at the same moment can.
 * A killed run leaves the file there, and the next run is refused until someone deletes it (the message says so).
 */
public final class WarehouseLock implements AutoCloseable {
  public static final String FILE_NAME = "_safetynet.lock";

  /** How this lock is let go: the OS lock released, or the lock file deleted. */
  private interface Release {
    void run() throws IOException;
  }

  private final Release release;

  private WarehouseLock(Release release) {
    this.release = release;
  }

  /** The lock of any warehouse root, with the Hadoop configuration its jobs will use ({@link #hadoopConfiguration}). */
  public static WarehouseLock acquire(String warehouseRoot) {
    return Warehouse.isLocal(warehouseRoot) ? acquire(localPath(warehouseRoot))
        : acquire(warehouseRoot, hadoopConfiguration());
  }

  /** The OS lock for a local root (a plain path or {@code file:}), else the lock file on the root's file system. */
  public static WarehouseLock acquire(String warehouseRoot, Configuration conf) {
    if (Warehouse.isLocal(warehouseRoot)) {
      return acquire(localPath(warehouseRoot));
    }
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(warehouseRoot);
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(root, FILE_NAME);
    try {
      FileSystem fs = file.getFileSystem(conf);
      fs.mkdirs(root);
      try (FSDataOutputStream out = fs.create(file, false)) {
        out.write(("host " + host() + ", pid " + ProcessHandle.current().pid() + ", started " + startTime() + "\n")
            .getBytes(StandardCharsets.UTF_8));
      } catch (FileAlreadyExistsException held) {
        throw new WarehouseLockedException("Another safetynet run (" + readHolder(fs, file) + ") holds the warehouse "
            + "lock " + file + ". Wait for it to finish, or use a different --warehouse. On " + fs.getUri().getScheme()
            + " the lock is that file, deleted when the run ends: if the run was killed, delete the file and retry.");
      }
      return new WarehouseLock(() -> fs.delete(file, false));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the warehouse lock file " + file, e);
    }
  }

  /** The directory of a plain path or a {@code file:} URI. */
  private static Path localPath(String warehouseRoot) {
    return Path.of(new org.apache.hadoop.fs.Path(warehouseRoot).toUri().getPath());
  }

  /**
   * The running session's Hadoop configuration (tests, notebooks); before a command's session starts, the one it
   * will have: the cluster's *-site.xml files plus spark-submit's {@code --conf spark.hadoop.*} settings.
   */
  static Configuration hadoopConfiguration() {
    scala.Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined()) {
      return running.get().sparkContext().hadoopConfiguration();
    }
    Configuration conf = new Configuration();
    for (Tuple2<String, String> kv : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
      conf.set(kv._1(), kv._2());
    }
    return conf;
  }

  /** Takes the lock or throws {@link WarehouseLockedException} naming the holder. */
  public static WarehouseLock acquire(Path warehouseRoot) {
    Path file = warehouseRoot.resolve(FILE_NAME);
    try {
      Files.createDirectories(warehouseRoot);
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException sameJvm) {
        l = null;
      }
      if (l == null) {
        String holder = readHolder(ch);
        ch.close();
        throw new WarehouseLockedException("Another safetynet run (" + holder + ") holds the warehouse lock "
            + file + ". Wait for it to finish, or use a different --warehouse. If no such process is running, "
            + "the lock is released already and you can simply retry.");
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + startTime() + "\n")
          .getBytes(StandardCharsets.UTF_8)), 0);
      ch.force(false);
      FileLock held = l;
      return new WarehouseLock(() -> {
        held.release();
        ch.close();
      });
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UncheckedIOException("cannot create the warehouse lock file " + file + ": " + e.getFile()
          + " is an existing file, not a directory; pass --warehouse DIR naming a directory", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new UncheckedIOException("cannot create the warehouse lock file " + file + ": no permission to write "
          + e.getFile() + " (or a read-only file system); pass a writable --warehouse DIR", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the warehouse lock file " + file + ": " + e, e);
    }
  }

  private static String readHolder(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(200);
    int n = ch.read(buf, 0);
    String text = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "pid unknown" : text;
  }

  private static String readHolder(FileSystem fs, org.apache.hadoop.fs.Path file) {
    try (FSDataInputStream in = fs.open(file)) {
      String text = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "holder unknown" : text;
    } catch (IOException gone) {
      return "holder unknown";
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown host";
    }
  }

  private static String startTime() {
    return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()).toString();
  }

  @Override
  public void close() {
    try {
      release.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
