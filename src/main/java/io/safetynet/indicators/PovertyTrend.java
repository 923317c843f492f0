package io.safetynet.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The illness-driven poverty rate's yearly change, computed last from additive counts (any roll-up of counties is
 * exact): rate = impoverishing / households; relative change = rate / previous rate - 1; the target (seed 001
 * part 2) is met when the change is at most -decline (e.g. -0.01).
 */
public record PovertyTrend(long households, long impoverishing, long prevHouseholds, long prevImpoverishing) {
  private static final MathContext MC = MathContext.DECIMAL64;

  public Optional<BigDecimal> rate() {
    return households == 0 ? Optional.empty() : Optional.of(ratio(impoverishing, households));
  }

  public Optional<BigDecimal> previousRate() {
    return prevHouseholds == 0 ? Optional.empty() : Optional.of(ratio(prevImpoverishing, prevHouseholds));
  }

  /** rate / previous rate - 1; empty when either year has no households or the previous rate was 0. */
  public Optional<BigDecimal> relativeChange() {
    Optional<BigDecimal> prev = previousRate().filter(p -> p.signum() > 0);
    return rate().flatMap(r -> prev.map(p -> r.divide(p, MC).subtract(BigDecimal.ONE)));
  }

  public Optional<Boolean> meetsDecline(BigDecimal yearlyDecline) {
    return relativeChange().map(c -> c.compareTo(yearlyDecline.negate()) <= 0);
  }

  private static BigDecimal ratio(long num, long den) {
    return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MC);
  }
}
