package io.safetynet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Bytes on disk per table of a local warehouse: every regular file under {@code <root>/<table>} (data files, the
 * {@code _delta_log}, checksums), and the number of Parquet data files, which is what compaction cares about.
 */
public final class TableSizes {
  /** One table's size: all bytes on disk, and its Parquet data files (count and bytes). */
  public record Size(long bytes, long dataFiles, long dataBytes) {}

  private TableSizes() {}

  /** Every directory under {@code root} that holds a {@code _delta_log}, by name, sorted. */
  public static Map<String, Size> of(Path root) {
    Map<String, Size> out = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> tables = Files.list(root)) {
      for (Path t : (Iterable<Path>) tables::iterator) {
        if (Files.isDirectory(t.resolve("_delta_log"))) {
          out.put(t.getFileName().toString(), measure(t));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
    }
    return out;
  }

  static Size measure(Path table) {
    long bytes = 0;
    long dataFiles = 0;
    long dataBytes = 0;
    try (Stream<Path> files = Files.walk(table)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(f)) {
          continue;
        }
        long size = Files.size(f);
        bytes += size;
        if (f.getFileName().toString().endsWith(".parquet") && !table.relativize(f).startsWith("_delta_log")) {
          dataFiles++;
          dataBytes += size;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + table + ": " + e.getMessage(), e);
    }
    return new Size(bytes, dataFiles, dataBytes);
  }
}
