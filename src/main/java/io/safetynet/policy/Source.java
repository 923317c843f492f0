package io.safetynet.policy;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a parameter value comes from: a seed policy text and its clause, or an assumption no document backs
 * ({@code source: assumption} in config).
 */
public record Source(String seedFile, String clause, boolean assumption) implements Serializable {
  public Source {
    if (!assumption) {
      Objects.requireNonNull(seedFile, "seedFile");
    }
    clause = clause == null ? "" : clause;
  }

  public static Source seed(String seedFile, String clause) {
    return new Source(seedFile, clause, false);
  }

  public static Source assumption(String why) {
    return new Source(null, why, true);
  }

  @Override
  public String toString() {
    if (assumption) {
      return clause.isEmpty() ? "assumption" : "assumption (" + clause + ")";
    }
    return clause.isEmpty() ? seedFile : seedFile + " " + clause;
  }
}
