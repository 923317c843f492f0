package io.safetynet.simulate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The measured outcome of the baseline or one scenario: a value per metric (null when it cannot be computed, with
 * the reason in {@code notes}, e.g. the shortfall year without enough history).
 */
public record ScenarioResult(String name, String file, String policyVersion, Map<Metric, BigDecimal> values,
    Map<Metric, String> notes) {
  public ScenarioResult {
    values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(Metric.class) : values));
    notes = Collections.unmodifiableMap(notes.isEmpty() ? new EnumMap<>(Metric.class) : new EnumMap<>(notes));
  }

  public BigDecimal value(Metric m) {
    return values.get(m);
  }

  /** The value as printed: formatted number, or the note when there is no value. */
  public String display(Metric m) {
    BigDecimal v = values.get(m);
    if (v == null) {
      return notes.getOrDefault(m, "n/a");
    }
    String note = notes.get(m);
    return Comparison.format(m, v) + (note == null ? "" : " (" + note + ")");
  }
}
