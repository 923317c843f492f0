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
    // log-scale residuals are rounding noise (~1e-16), so the interval collapses to the point
    assertEquals(161.051, p.lower(), 1e-4);
    assertEquals(161.051, p.upper(), 1e-4);
  }

  @Test
  void zeroYearIsRejectedWithAdvice() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> new LogLinearGrowth().fit(YearSeries.of("gansu/assistance per-capita spending", 2018, 5, 0, 7)));
    assertTrue(e.getMessage().contains("year 2019"), e.getMessage());
    assertTrue(e.getMessage().contains("use the trend or bootstrap"), e.getMessage());
  }
}
