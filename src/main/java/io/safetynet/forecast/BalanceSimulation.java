package io.safetynet.forecast;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Monte Carlo of a fund's closing balance: on every path, per-capita spending is drawn by a {@link SpendingPaths}
 * for all projected years, multiplied by projected enrolment and taken from revenue, and the balance is carried
 * from the last history closing balance. Per year: P10, P50, P90 of the closing balance and the share of paths
 * below zero (the probability the fund is depleted by the end of that year: once a path's balance is below zero
 * it is counted in that year, whether or not it recovers later).
 *
 * <p>Revenue and enrolment are the schedule's and the enrolment trend's point values: revenue is set by policy, and
 * both sides scale with the same enrolment (see {@link FundProjection}). Internals are doubles (a simulation, not a
 * payment); the percentiles are rounded to yuan cents at the end. Seeded: the same inputs and seed give the same
 * numbers.
 */
public final class BalanceSimulation {
  public static final int DEFAULT_PATHS = 2000;

  private final int paths;
  private final long seed;

  public BalanceSimulation(int paths, long seed) {
    if (paths < 100) {
      throw new ForecastException("the balance simulation needs at least 100 paths for stable percentiles, got "
          + paths);
    }
    this.paths = paths;
    this.seed = seed;
  }

  /**
   * @param years projected years, in order
   * @param enrolled projected enrolled persons per year
   * @param revenue revenue per year, yuan
   * @param opening balance at the start of the first projected year, yuan
   */
  public List<BalanceDistribution> simulate(SpendingPaths sampler, int[] years, long[] enrolled, BigDecimal[] revenue,
      BigDecimal opening) {
    if (years.length != enrolled.length || years.length != revenue.length) {
      throw new ForecastException("years, enrolment and revenue must have the same length, got " + years.length
          + ", " + enrolled.length + " and " + revenue.length);
    }
    RandomGenerator rng = new Well19937c(seed);
    double[][] closing = new double[years.length][paths];
    int[] depleted = new int[years.length];
    for (int p = 0; p < paths; p++) {
      double[] perCapita = sampler.draw(rng, years);
      double balance = opening.doubleValue();
      for (int i = 0; i < years.length; i++) {
        balance += revenue[i].doubleValue() - enrolled[i] * perCapita[i];
        closing[i][p] = balance;
        if (balance < 0) {
          depleted[i]++;
        }
      }
    }
    List<BalanceDistribution> out = new ArrayList<>();
    for (int i = 0; i < years.length; i++) {
      double[] sorted = closing[i];
      Arrays.sort(sorted);
      out.add(new BalanceDistribution(years[i], yuan(BootstrapSimulation.quantile(sorted, 0.10)),
          yuan(BootstrapSimulation.quantile(sorted, 0.50)), yuan(BootstrapSimulation.quantile(sorted, 0.90)),
          (double) depleted[i] / paths, paths));
    }
    return out;
  }

  private static BigDecimal yuan(double v) {
    return Money.round(BigDecimal.valueOf(v));
  }
}
