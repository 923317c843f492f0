package io.safetynet.simulate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Baseline and scenarios side by side: the printed table (baseline | scenario | delta ...) and the deltas stored in
 * {@code scenario_comparison}. A delta is scenario minus baseline (ratios in percentage points when printed).
 */
public record Comparison(ScenarioResult baseline, List<ScenarioResult> scenarios, String elasticityNote) {
  public Comparison {
    scenarios = List.copyOf(scenarios);
  }

  /** Scenario minus baseline, or null when either is missing. */
  public static BigDecimal delta(ScenarioResult baseline, ScenarioResult s, Metric m) {
    BigDecimal b = baseline.value(m);
    BigDecimal v = s.value(m);
    return b == null || v == null ? null : v.subtract(b);
  }

  public String text() {
    List<String> header = new ArrayList<>(List.of("metric", "baseline"));
    for (ScenarioResult s : scenarios) {
      header.add(s.name());
      header.add("delta");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (Metric m : Metric.values()) {
      List<String> row = new ArrayList<>(List.of(m.label(), baseline.display(m)));
      for (ScenarioResult s : scenarios) {
        row.add(s.display(m));
        BigDecimal d = delta(baseline, s, m);
        row.add(d == null ? "-" : formatDelta(m, d));
      }
      rows.add(row);
    }
    int[] width = new int[header.size()];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      List<String> r = rows.get(k);
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        out.append(i == 0 ? String.format("%-" + width[i] + "s", cell) : String.format("  %" + width[i] + "s", cell));
      }
      out.append('\n');
      if (k == 0) {
        out.append("-".repeat(java.util.Arrays.stream(width).sum() + 2 * (width.length - 1))).append('\n');
      }
    }
    out.append("Scenarios: ");
    List<String> files = new ArrayList<>();
    for (ScenarioResult s : scenarios) {
      files.add(s.name() + " = " + s.file() + " (policy version " + s.policyVersion() + ")");
    }
    out.append(String.join("; ", files)).append('\n').append(elasticityNote).append('\n');
    return out.toString();
  }

  static String format(Metric m, BigDecimal v) {
    switch (m.unit()) {
      case YUAN:
        return String.format(Locale.ROOT, "%,.2f", v);
      case RATIO:
        return String.format(Locale.ROOT, "%.2f%%", v.movePointRight(2)); // display of a ratio, not money
      default:
        return v.toPlainString();
    }
  }

  static String formatDelta(Metric m, BigDecimal d) {
    String sign = d.signum() > 0 ? "+" : "";
    switch (m.unit()) {
      case YUAN:
        return sign + String.format(Locale.ROOT, "%,.2f", d);
      case RATIO:
        return sign + String.format(Locale.ROOT, "%.2f pp", d.movePointRight(2));
      default:
        return sign + d.toPlainString();
    }
  }
}
