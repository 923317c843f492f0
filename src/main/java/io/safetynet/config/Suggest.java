package io.safetynet.config;

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
      int d = distance(w, c.toLowerCase(Locale.ROOT));
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

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
