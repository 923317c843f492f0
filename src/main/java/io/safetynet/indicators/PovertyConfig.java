package io.safetynet.indicators;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Illness-driven poverty parameters (conf/indicators.yaml): the yearly per-capita poverty line in current yuan,
 * the two catastrophic-spending shares of household income (SDG 3.8.2: 10% and 25%), and the yearly decline the
 * illness-driven poverty rate must reach (seed 001 part 2: at least 1% a year).
 */
public record PovertyConfig(
    Map<Integer, BigDecimal> povertyLines,
    BigDecimal catastrophicLowerShare,
    BigDecimal catastrophicUpperShare,
    BigDecimal yearlyDeclineTarget) {
  public PovertyConfig {
    povertyLines = Map.copyOf(new TreeMap<>(povertyLines));
    if (catastrophicLowerShare.compareTo(catastrophicUpperShare) > 0) {
      throw new IllegalArgumentException(
          "catastrophic shares: lower " + catastrophicLowerShare + " must not exceed upper " + catastrophicUpperShare);
    }
  }
}
