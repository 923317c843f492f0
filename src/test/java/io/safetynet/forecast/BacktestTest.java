package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BacktestTest {
  @Test
  void mapeOfHandMadeSeries() {
    // fit on 2015-2018: 100, 110, 120, 130 (exact line, slope 10) → forecasts 2019: 140, 2020: 150.
    // actuals 2019: 150, 2020: 140 → APE 10/150 = 6.6667%, 10/140 = 7.1429%; MAPE = 6.9048%.
    // the exact fit gets the residual floor s = 1% of 115 = 1.15: 95% intervals 2019 [132.18, 147.82] and
    // 2020 [140.48, 159.52], so neither actual is covered.
    Backtest.Score s = Backtest.run(
        YearSeries.of("hand", 2015, 100, 110, 120, 130, 150, 140), new TrendRegression(), 2, 0.95);
    assertEquals(100 * (10.0 / 150 + 10.0 / 140) / 2, s.mape(), 1e-9);
    assertEquals(6.9048, s.mape(), 1e-4);
    assertEquals(0.0, s.coverage());
    assertEquals(4, s.fitYears());
  }

  @Test
  void holdOutMustLeaveEnoughYearsToFit() {
    YearSeries s = YearSeries.of("xiaogan/basic per-capita spending", 2018, 1, 2, 3, 4);
    ForecastException e = assertThrows(ForecastException.class, () -> Backtest.run(s, new TrendRegression(), 2, 0.9));
    assertEquals("xiaogan/basic per-capita spending: trend regression needs at least 3 years of history, got 2; "
        + "wait for more complete years or use a region/fund with a longer history", e.getMessage());
  }

  @Test
  void holdOutLongerThanTheHistorySaysWhatIsNeeded() {
    // was "hold-out must be between 1 and 0 years, got 2" on the 2-year sample
    YearSeries s = YearSeries.of("xiaogan/basic per-capita spending", 2018, 1, 2);
    ForecastException e = assertThrows(ForecastException.class, () -> Backtest.run(s, new TrendRegression(), 2, 0.9));
    assertEquals("xiaogan/basic per-capita spending: holding out 2 years needs at least 3 years of history (2 to "
        + "check, 1 or more to fit), got 2 (2018-2019)", e.getMessage());
  }
}
