package io.safetynet.ingest;


import java.util.stream.Collectors;

/** The user-facing lines of an ingest run (counts and reason kinds only: never row content). */
public final class IngestReport {
  private IngestReport() {}

  public static String line(IngestResult.DatasetResult r) {
    StringBuilder b = new StringBuilder(String.format(
        "%-10s read %,d  accepted %,d  quarantined %,d  (inserted %,d, updated %,d, unchanged %,d",
        r.dataset(), r.read(), r.accepted(), r.quarantined(), r.inserted(), r.updated(), r.unchanged()));
    if (r.collapsed() > 0) {
      b.append(String.format(", identical duplicates loaded once %,d", r.collapsed()));
    }
    b.append(String.format(")  %.1f s", r.elapsed().toMillis() / 1000.0));
    if (!r.topReasons().isEmpty()) {
      b.append("\n           top reasons: ").append(r.topReasons().entrySet().stream()
          .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; ")));
    }
    return b.toString();
  }

  public static String summary(IngestResult result) {
    long q = result.datasets().stream().mapToLong(IngestResult.DatasetResult::quarantined).sum();
    return String.format("ingest %s done in %.1f s; %,d rows quarantined%s", result.runId(),
        result.elapsed().toMillis() / 1000.0, q,
        q > 0 ? " (reasons in the quarantine table)" : "");
  }

}
