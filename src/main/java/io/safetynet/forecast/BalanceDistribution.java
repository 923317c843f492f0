package io.safetynet.forecast;

import java.math.BigDecimal;

/**
 * The simulated closing balance of one projected year: 10th, 50th and 90th percentiles over the Monte Carlo paths,
 * and the share of paths on which the balance is below zero at the end of the year.
 */
public record BalanceDistribution(int year, BigDecimal p10, BigDecimal p50, BigDecimal p90,
    double probabilityDepleted, int paths) {
  public BalanceDistribution {
    if (!(probabilityDepleted >= 0 && probabilityDepleted <= 1)) {
      throw new IllegalArgumentException(year + ": probability " + probabilityDepleted + " is not in [0, 1]");
    }
  }
}
