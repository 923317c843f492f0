package io.safetynet.forecast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a 6-digit county code (行政区划代码) to the region id used in config, by the longest matching prefix.
 * The one place this mapping lives until the policy registry replaces it.
 */
public final class RegionIds {
  private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

  static {
    PREFIXES.put("152921", "alxa-left-banner");
    PREFIXES.put("4209", "xiaogan");
    PREFIXES.put("2109", "fuxin");
    PREFIXES.put("62", "gansu");
    PREFIXES.put("31", "shanghai");
  }

  private RegionIds() {}

  /** The region id of a county code, or null when no region's prefix matches. */
  public static String of(String regionCode) {
    if (regionCode == null) {
      return null;
    }
    String best = null;
    int bestLength = -1;
    for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
      if (regionCode.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
        best = e.getValue();
        bestLength = e.getKey().length();
      }
    }
    return best;
  }

  public static Set<String> knownIds() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(PREFIXES.values()));
  }
}
