package io.safetynet.indicators;

import java.util.Map;

/** What one indicators run wrote: row count per indicator table, in the order written. */
public record IndicatorsResult(Map<String, Long> rowCounts) {
  public IndicatorsResult {
    rowCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowCounts));
  }
}
