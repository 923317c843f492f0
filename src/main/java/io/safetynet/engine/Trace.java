package io.safetynet.engine;

import io.safetynet.policy.Param;
import io.safetynet.policy.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the trace steps of one claim. */
final class Trace {
  private final List<TraceStep> steps = new ArrayList<>(8);

  void add(String rule, Source source, BigDecimal amount, String detail) {
    steps.add(new TraceStep(rule, source == null ? "" : source.toString(), amount, detail));
  }

  void add(String rule, Param param, BigDecimal amount, String detail) {
    add(rule, param == null ? null : param.source(), amount, detail);
  }

  List<TraceStep> steps() {
    return steps;
  }

  /** Plain decimal for trace text: 18800, 0.8, 14880.5. */
  static String n(BigDecimal v) {
    return v == null ? "none" : v.stripTrailingZeros().toPlainString();
  }
}
