package io.safetynet.config;

import io.safetynet.text.EditDistance;
import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints for misspelt keys and enum values. */
final class Suggest {
  private Suggest() {}

  /** The candidate closest to {@code word} (case-insensitive edit distance), or null if none is close. */
  static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = EditDistance.between(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int tolerance = Math.max(2, word.length() / 3);
    return bestDistance <= tolerance ? best : null;
  }

  /** "did you mean X? " when a close candidate exists, then the full list. */
  static String hint(String word, Collection<String> candidates) {
    String close = closest(word, candidates);
    String known = "known: " + String.join(", ", candidates);
    return close == null ? known : "did you mean '" + close + "'? (" + known + ")";
  }
}
