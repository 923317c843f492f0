package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class TrendRegressionTest {
  private static final double TRUE_INTERCEPT = 300.0;
  private static final double TRUE_SLOPE = 25.0;
  private static final double NOISE_SD = 10.0;

  /** y = 300 + 25·(year − 2000) + N(0, 10²), years 2000.. */
  private static YearSeries synthetic(RandomGenerator rng, int years) {
    double[] v = new double[years];
    for (int i = 0; i < years; i++) {
      v[i] = TRUE_INTERCEPT + TRUE_SLOPE * i + NOISE_SD * rng.nextGaussian();
    }
    return YearSeries.of("synthetic", 2000, v);
  }

  @Test
  void recoversSlopeAndInterceptOfKnownTrend() {
    TrendRegression.LinearFit fit = new TrendRegression().fit(synthetic(new Well19937c(42), 30));
    // standard errors with n = 30, sd 10: slope 10/√Sxx = 0.21, intercept ≈ 3.6, s ≈ 10/√(2·28) = 1.34;
    // each tolerance is about 3 standard errors
    assertEquals(TRUE_SLOPE, fit.slope(), 0.7);
    assertEquals(TRUE_INTERCEPT, fit.intercept(), 11.0);
    assertEquals(NOISE_SD, fit.residualStandardError(), 4.0);
  }

  @Test
  void ninetyFivePercentIntervalCoversNewValuesAtAboutNominalRate() {
    RandomGenerator rng = new Well19937c(7);
    TrendRegression method = new TrendRegression();
    int covered = 0;
    int replicates = 200;
    for (int r = 0; r < replicates; r++) {
      YearSeries history = synthetic(rng, 10);
      int target = 2011; // two years after the last history year
      double actual = TRUE_INTERCEPT + TRUE_SLOPE * (target - 2000) + NOISE_SD * rng.nextGaussian();
      if (method.fit(history).predict(target, 0.95).covers(actual)) {
        covered++;
      }
    }
    assertTrue(covered >= 180, "95% interval covered " + covered + " of " + replicates);
    assertTrue(covered <= 199, "95% interval too wide: covered " + covered + " of " + replicates);
  }

  @Test
  void predictionIntervalMatchesHandComputation() {
    // x = 0..3, y = 10, 12, 11, 15: x̄ = 1.5, Sxx = 5, Sxy = 7, b = 1.4, a = 9.9; SSE = 4.2, s² = 2.1.
    // x₀ = 4 (2022): ŷ = 15.5; se = √(2.1 · (1 + 1/4 + 2.5²/5)) = √5.25 = 2.29129; t(0.975, 2) = 4.302653;
    // half width 9.85870 → [5.64130, 25.35870].
    Prediction p = new TrendRegression().fit(YearSeries.of("hand", 2018, 10, 12, 11, 15)).predict(2022, 0.95);
    assertEquals(15.5, p.point(), 1e-9);
    assertEquals(5.64130, p.lower(), 1e-4);
    assertEquals(25.35870, p.upper(), 1e-4);
  }

  @Test
  void twoYearsAreTooFewForAnHonestInterval() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> new TrendRegression().fit(YearSeries.of("xiaogan/basic per-capita spending", 2019, 100, 110)));
    assertTrue(e.getMessage().contains("xiaogan/basic per-capita spending"), e.getMessage());
    assertTrue(e.getMessage().contains("at least 3 years"), e.getMessage());
  }

  @Test
  void threeYearsGiveAWideButFiniteInterval() {
    // residuals ±: y = 100, 112, 118 → b = 9, a = 101; residuals −1, 2, −1; SSE = 6, s = √6 (1 df);
    // x₀ = 3: se = √6 · √(1 + 1/3 + 4/2) = √20 = 4.4721; t(0.975, 1) = 12.7062 → half 56.824.
    Prediction p = new TrendRegression().fit(YearSeries.of("short", 2018, 100, 112, 118)).predict(2021, 0.95);
    assertEquals(128.0, p.point(), 1e-9);
    assertEquals(128.0 - 56.824, p.lower(), 1e-2);
  }

  @Test
  void exactLineGetsTheResidualFloorNotAZeroWidthInterval() {
    // SSE = 0, so s = floor = 1% of mean(100, 120, 140) = 1.2; x₀ = 4, x̄ = 1, Sxx = 2:
    // se = 1.2 · √(1 + 1/3 + 9/2) = 2.898276; t(0.90, 1) = 3.077684 → half 8.919974 → [171.080026, 188.919974]
    Prediction p = new TrendRegression().fit(YearSeries.of("exact", 2018, 100, 120, 140)).predict(2020 + 2, 0.8);
    assertEquals(180.0, p.point(), 1e-9);
    assertEquals(171.080026, p.lower(), 1e-6);
    assertEquals(188.919974, p.upper(), 1e-6);
  }

  @Test
  void rejectsLevelOutsideZeroAndOne() {
    TrendRegression.LinearFit fit = new TrendRegression().fit(YearSeries.of("s", 2018, 1, 2, 4));
    assertThrows(ForecastException.class, () -> fit.predict(2021, 95));
  }
}
