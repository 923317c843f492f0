package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class BalanceSimulationTest {
  private static final int[] YEARS = {2021, 2022, 2023, 2024, 2025, 2026, 2027};

  /** Per-capita spending 10, 20, ..., 100 in 2011-2020: an exact line, so only the residual floor (0.55) is left. */
  private static YearSeries straightLine() {
    double[] v = new double[10];
    for (int i = 0; i < 10; i++) {
      v[i] = 10 * (i + 1);
    }
    return YearSeries.of("per capita", 2011, v);
  }

  private static List<BalanceDistribution> run(long seed) {
    long[] heads = new long[YEARS.length];
    BigDecimal[] revenue = new BigDecimal[YEARS.length];
    Arrays.fill(heads, 1000);
    Arrays.fill(revenue, new BigDecimal("130000.00"));
    return new BalanceSimulation(2000, seed).simulate(SpendingPaths.trend(new TrendRegression().fit(straightLine()),
        false), YEARS, heads, revenue, new BigDecimal("5000.00"));
  }

  @Test
  void depletionProbabilityTurnsAroundTheHandComputedYear() {
    // spending per person 110, 120, ..., 170 for 2021-2027 against 130 financed: by hand, per 1 000 persons,
    // annual +20 000, +10 000, 0, −10 000, −20 000, −30 000, −40 000; closing from 5 000:
    // 25 000, 35 000, 35 000, 25 000, 5 000, −25 000, −65 000, so the fund is depleted in 2026
    List<BalanceDistribution> d = run(7L);
    assertEquals(2026, d.get(5).year());
    assertTrue(d.get(3).probabilityDepleted() < 0.01, "2024: " + d.get(3));
    assertTrue(d.get(4).probabilityDepleted() < 0.5, "2025: " + d.get(4));
    assertTrue(d.get(4).probabilityDepleted() > 0, "2025: the floor leaves some risk, " + d.get(4));
    assertTrue(d.get(5).probabilityDepleted() > 0.95, "2026: " + d.get(5));
    assertTrue(d.get(6).probabilityDepleted() > 0.99, "2027: " + d.get(6));
    // the median path is the hand-computed one, within the noise
    assertEquals(-25000, d.get(5).p50().doubleValue(), 1500);
    for (BalanceDistribution y : d) {
      assertTrue(y.p10().compareTo(y.p50()) < 0 && y.p50().compareTo(y.p90()) < 0, "no zero-width band: " + y);
    }
  }

  @Test
  void sameSeedSameNumbers() {
    assertEquals(run(42L), run(42L));
    assertTrue(!run(42L).equals(run(43L)));
  }

  @Test
  void trendPathsReproduceTheTrendPredictionInterval() {
    // one year ahead, the simulated 2.5% and 97.5% points match the t prediction interval (same model)
    YearSeries noisy = YearSeries.of("per capita", 2014, 100, 112, 118, 135, 139, 152, 158);
    TrendRegression.LinearFit fit = new TrendRegression().fit(noisy);
    SpendingPaths paths = SpendingPaths.trend(fit, false);
    Well19937c rng = new Well19937c(1L);
    double[] sims = new double[40000];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = paths.draw(rng, new int[] {2021})[0];
    }
    Arrays.sort(sims);
    Prediction p = fit.predict(2021, 0.95);
    assertEquals(p.lower(), BootstrapSimulation.quantile(sims, 0.025), 0.02 * (p.upper() - p.lower()));
    assertEquals(p.upper(), BootstrapSimulation.quantile(sims, 0.975), 0.02 * (p.upper() - p.lower()));
  }

  @Test
  void everyMethodHasASampler() {
    for (ForecastMethod m : List.of(new TrendRegression(), new BootstrapSimulation(), new LogLinearGrowth())) {
      double[] v = SpendingPaths.forMethod(m.name(), straightLine()).draw(new Well19937c(3L), YEARS);
      assertEquals(YEARS.length, v.length);
      // inside the method's own 99% interval (around 110 on the line; log-linear bends upwards), not on its point
      Prediction p = m.fit(straightLine()).predict(2021, 0.99);
      assertTrue(p.covers(v[0]), m.name() + ": " + v[0] + " outside " + p);
      assertTrue(v[0] != p.point(), m.name());
    }
  }
}
