package io.safetynet.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One writer per warehouse: Delta on a local file system does not make concurrent writers safe, so every run
 * that writes holds an OS lock on {@code <warehouse>/_safetynet.lock} (which names the holder's pid and start
 * time). The OS drops the lock when the process dies, so a crashed run never leaves the warehouse locked; the
 * file itself stays. Remote warehouses (HDFS, S3) are not locked here.
 */
public final class WarehouseLock implements AutoCloseable {
  public static final String FILE_NAME = "_safetynet.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private WarehouseLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
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
      return new WarehouseLock(ch, l);
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

  private static String startTime() {
    return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()).toString();
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
