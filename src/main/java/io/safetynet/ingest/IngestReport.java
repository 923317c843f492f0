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
    if (r.pendingLoaded() > 0 || r.pendingWaiting() > 0) {
      b.append(String.format("%n           pending (unknown reference): %,d held earlier now loaded, %,d still "
          + "waiting", r.pendingLoaded(), r.pendingWaiting()));
    }
    if (!r.absentColumns().isEmpty()) {
      b.append("\n           columns absent from the input (stored values kept on update): ")
          .append(String.join(", ", r.absentColumns()));
    }
    if (!r.topReasons().isEmpty()) {
      b.append("\n           top reasons: ").append(r.topReasons().entrySet().stream()
          .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; ")));
    }
    return b.toString();
  }

  public static String summary(IngestResult result) {
    long q = result.datasets().stream().mapToLong(IngestResult.DatasetResult::quarantined).sum();
    long waiting = result.datasets().stream().mapToLong(IngestResult.DatasetResult::pendingWaiting).sum();
    return String.format("ingest %s done in %.1f s; %,d rows quarantined%s%s", result.runId(),
        result.elapsed().toMillis() / 1000.0, q,
        q > 0 ? " (reasons in the quarantine table)" : "",
        waiting > 0 ? String.format("; %,d rows still waiting as pending for an unknown person or facility "
            + "(retried by every ingest, or ingest --retry-pending)", waiting) : "");
  }

}
