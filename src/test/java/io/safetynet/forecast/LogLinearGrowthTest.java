package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogLinearGrowthTest {
  @Test
  void constantTenPercentGrowthIsExtrapolated() {
    // 100, 110, 121, 133.1 grow 10% a year exactly; two years on: 133.1 · 1.21 = 161.051
    Prediction p = new LogLinearGrowth().fit(YearSeries.of("g", 2017, 100, 110, 121, 133.1)).predict(2022, 0.95);
    assertEquals(161.051, p.point(), 1e-9);
    // log-scale residuals are rounding noise, so s is the floor 0.01; x₀ = 5, x̄ = 1.5, Sxx = 5:
    // half = t(0.975, 2) · 0.01 · √(1 + 1/4 + 12.25/5) = 4.302653 · 0.01 · 1.923538 = 0.0827632 on the log scale
    // → [161.051 · e^−0.0827632, 161.051 · e^0.0827632] = [148.258579, 174.947209]
    assertEquals(148.258579, p.lower(), 1e-5);
    assertEquals(174.947209, p.upper(), 1e-5);
  }

  @Test
  void zeroYearIsRejectedWithAdvice() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> new LogLinearGrowth().fit(YearSeries.of("gansu/assistance per-capita spending", 2018, 5, 0, 7)));
    assertTrue(e.getMessage().contains("year 2019"), e.getMessage());
    assertTrue(e.getMessage().contains("use the trend or bootstrap"), e.getMessage());
  }
}
