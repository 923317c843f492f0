package io.safetynet.forecast;

import io.safetynet.policy.Source;

/**
 * How a fund's financing continues after its last configured year ({@code after:} in conf/financing.yaml):
 * compound growth of every component at {@code growth} a year. A fund without one has no financing after its last
 * year, and its projection says so instead of holding the last value flat.
 */
public record FinancingRule(double growth, Source source) {
  public FinancingRule {
    if (!Double.isFinite(growth) || growth <= -1) {
      throw new IllegalArgumentException("growth must be a finite rate above -1, got " + growth);
    }
  }

  public String describe() {
    return String.format(java.util.Locale.ROOT, "grows %.2f%% a year (%s)", 100 * growth, source);
  }
}
