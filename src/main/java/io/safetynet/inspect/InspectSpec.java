package io.safetynet.inspect;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the inspectors check: out-of-catalogue limits (policy_id -> tier -> share), the peer percentile that flags a
 * facility (PEPPER flags at the 80th), the fewest same-tier peers for a percentile to mean anything, the smallest
 * reconciliation difference (yuan, per facility) worth a flag, and how many recent months the trend shows.
 */
public record InspectSpec(
    String warehouseRoot,
    Map<String, Map<String, BigDecimal>> outOfCatalogueLimits,
    BigDecimal peerPercentile,
    int minPeers,
    BigDecimal reconciliationMinimum,
    int trendMonths) {
  public InspectSpec {
    outOfCatalogueLimits = Map.copyOf(outOfCatalogueLimits);
    if (peerPercentile.signum() <= 0 || peerPercentile.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("inspect: peer percentile " + peerPercentile + " must be in (0, 1]");
    }
    if (minPeers < 2) {
      throw new IllegalArgumentException("inspect: min peers " + minPeers + " must be at least 2");
    }
  }
}
