package io.safetynet.spark;

import io.safetynet.text.EditDistance;
import java.util.Collection;
import java.util.Optional;

/** The closest of some names to a misspelt one (edit distance), for "did you mean" hints. */
public final class NearestName {
  private NearestName() {}

  /** The nearest name within a third of the typed name's length (at least 2 edits), if any. */
  public static Optional<String> to(String typed, Collection<String> names) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String n : names) {
      int d = EditDistance.between(typed.toLowerCase(), n.toLowerCase());
      if (d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, typed.length() / 3) ? Optional.of(best) : Optional.empty();
  }
}
