package io.safetynet.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds a dataset's files in the input directory by name: {@code claims.csv}, {@code claims.jsonl} or
 * {@code claims.json} (JSON Lines), {@code claims.parquet}, or a directory {@code claims/} or
 * {@code claims.parquet/} holding such files (Spark-style part files; names starting with {@code _} or
 * {@code .} are ignored). Two different candidates for one dataset are refused rather than guessed between.
 */
public final class InputLocator {
  private final FileSystem fs;
  private final Path root;

  public InputLocator(String inputDir, Configuration hadoopConf) {
    try {
      this.root = new Path(inputDir);
      this.fs = root.getFileSystem(hadoopConf);
      if (!fs.isDirectory(root)) {
        throw new IngestException("The input directory " + inputDir + " does not exist or is not a directory. "
            + "Pass --input DIR with the dataset files (enrolment.csv, facilities.csv, claims.csv, ...).");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dataset's files in a stable order (sorted by name), or empty when the dataset is absent. */
  public List<SourceFile> find(String dataset) {
    try {
      checkLocalLinks(dataset);
      List<FileStatus> candidates = new ArrayList<>();
      for (FileStatus s : fs.listStatus(root)) {
        String n = s.getPath().getName();
        if (n.equals(dataset) && s.isDirectory() || formatOf(n).isPresent() && baseName(n).equals(dataset)) {
          candidates.add(s);
        }
      }
      if (candidates.size() > 1) {
        throw new IngestException("The input directory " + root + " has several candidates for dataset "
            + dataset + ": " + candidates.stream().map(s -> s.getPath().getName()).sorted().toList()
            + ". Keep exactly one (e.g. " + dataset + ".csv) and move the others away.");
      }
      if (candidates.isEmpty()) {
        return List.of();
      }
      FileStatus c = candidates.get(0);
      List<SourceFile> files = new ArrayList<>();
      if (c.isDirectory()) {
        FileStatus[] parts = fs.listStatus(c.getPath());
        Arrays.sort(parts, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus p : parts) {
          String n = p.getPath().getName();
          if (p.isFile() && !n.startsWith("_") && !n.startsWith(".")) {
            Optional<SourceFile.Format> f = formatOf(n);
            if (f.isEmpty()) {
              throw new IngestException("The dataset directory " + c.getPath() + " holds " + n + ", which is not "
                  + "a .csv, .jsonl, .json or .parquet file. Remove it or give it one of those extensions.");
            }
            files.add(new SourceFile(dataset, p.getPath().toString(), c.getPath().getName() + "/" + n, f.get()));
          }
        }
        if (files.isEmpty()) {
          throw new IngestException("The input " + c.getPath().getName() + " in " + root + " is a directory with no "
              + "data files in it. Put the " + dataset + " file(s) in it, or remove it and place " + dataset
              + ".csv (or .jsonl, .parquet) in the input directory.");
        }
      } else {
        String n = c.getPath().getName();
        files.add(new SourceFile(dataset, c.getPath().toString(), n, formatOf(n).orElseThrow()));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * On a local input, a dataset's entry that is a symbolic link to nothing (a loop, or a missing target) is named
   * as such; Hadoop's listing would silently skip it and report the dataset as absent.
   */
  private void checkLocalLinks(String dataset) throws IOException {
    String scheme = root.toUri().getScheme();
    if (scheme != null && !scheme.equals("file")) {
      return;
    }
    java.nio.file.Path dir = java.nio.file.Path.of(root.toUri().getPath());
    try (var entries = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path e : (Iterable<java.nio.file.Path>) entries::iterator) {
        String n = e.getFileName().toString();
        boolean candidate = n.equals(dataset) || formatOf(n).isPresent() && baseName(n).equals(dataset);
        if (!candidate || !java.nio.file.Files.isSymbolicLink(e)) {
          continue;
        }
        try {
          e.toRealPath();
        } catch (java.nio.file.NoSuchFileException missing) {
          throw new IngestException("The input " + n + " in " + dir + " is a symbolic link to "
              + java.nio.file.Files.readSymbolicLink(e) + ", which does not exist. Point it at the " + dataset
              + " file or replace it with the file.");
        } catch (java.nio.file.FileSystemException loop) {
          throw new IngestException("The input " + n + " in " + dir + " is a symbolic link loop (it leads back to "
              + "itself: " + loop.getReason() + "). Replace it with the " + dataset + " file or a link to it.");
        }
      }
    }
  }

  static Optional<SourceFile.Format> formatOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return Optional.of(SourceFile.Format.CSV);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json")) {
      return Optional.of(SourceFile.Format.JSON_LINES);
    }
    if (n.endsWith(".parquet")) {
      return Optional.of(SourceFile.Format.PARQUET);
    }
    return Optional.empty();
  }

  private static String baseName(String fileName) {
    int dot = fileName.indexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }
}
