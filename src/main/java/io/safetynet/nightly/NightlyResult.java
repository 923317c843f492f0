package io.safetynet.nightly;

import java.util.List;

/** What the nightly run did: one line per stage, and where the results are (a local path or a URI). */
public record NightlyResult(List<Stage> stages, String warehouse, String dashboard) {
  public NightlyResult {
    stages = List.copyOf(stages);
  }

  /** A stage's name, its row counts in words, and seconds taken. */
  public record Stage(String name, String rows, double seconds) {}
}
