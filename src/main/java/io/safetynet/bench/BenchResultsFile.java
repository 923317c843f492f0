package io.safetynet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Keeps a bench run's report as a dated file in the project's {@code docs/benchmarks/}, so results are committed
 * records next to the code that produced them, never narratives in the README or in code comments.
 */
public final class BenchResultsFile {
  private BenchResultsFile() {}

  /**
   * Writes {@code <dir>/<date>-<persons>x<years>.md} (a second run the same day gets {@code -2}, {@code -3} ...)
   * holding the command, the commit and the report; returns the file.
   */
  public static Path write(Path dir, LocalDate date, long persons, int years, String command, String commit,
      String report) throws IOException {
    Files.createDirectories(dir);
    String stem = date + "-" + persons + "x" + years;
    Path file = dir.resolve(stem + ".md");
    for (int n = 2; Files.exists(file); n++) {
      file = dir.resolve(stem + "-" + n + ".md");
    }
    String text = "# Bench " + date + ": " + String.format(java.util.Locale.ROOT, "%,d", persons) + " persons x "
        + years + " years\n\n"
        + "Command: `" + command + "`  \nCommit: " + commit + "\n\n```\n" + report.stripTrailing() + "\n```\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The checkout's short commit id, or "unknown" outside a git checkout. */
  public static String commitOf(Path home) {
    try {
      Process p = new ProcessBuilder("git", "-C", home.toString(), "rev-parse", "--short", "HEAD")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 && !out.isEmpty() ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
