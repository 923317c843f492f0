package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollingBacktestTest {
  // 2015-2019: 10, 12, 11, 15, 14. Origins: t = 3 (fit 10, 12, 11) and t = 4 (fit 10, 12, 11, 15).
  // In-sample one-step last-value MAE: Q₃ = (2 + 1) / 2 = 1.5; Q₄ = (2 + 1 + 4) / 3 = 7/3.
  private static final YearSeries S = YearSeries.of("hand", 2015, 10, 12, 11, 15, 14);

  @Test
  void lastValueMaseAndIntervalScoreByHand() {
    // t = 3: forecast 11. 2018 (h = 1): |15 − 11| / 1.5 = 2.666667; 2019 (h = 2): |14 − 11| / 1.5 = 2.
    // t = 4: forecast 15. 2019 (h = 1): |14 − 15| / (7/3) = 0.428571. MASE h=1: (2.666667 + 0.428571) / 2 = 1.547619.
    // Intervals: t = 3: σ² = (2² + 1²) / 2 = 2.5, t(0.975, 2) = 4.302653, h = 1 half 6.803091 → width 13.606183,
    // 15 inside; t = 4: σ² = (4 + 1 + 16) / 3 = 7, t(0.975, 3) = 3.182446, half 8.419961 → width 16.839923,
    // 14 inside. Interval score h=1: (13.606183 + 16.839923) / 2 = 15.223053; h = 2: σ√2 → width 19.242048.
    List<RollingBacktest.HorizonScore> s = RollingBacktest.run(S, NaiveBenchmark.lastValue(), 5, 0.95);
    assertEquals(2, s.size()); // 5 years, first origin after 3: horizons 1 and 2 only
    assertEquals(2, s.get(0).forecasts());
    assertEquals(1.547619, s.get(0).mase(), 1e-6);
    assertEquals(15.223053, s.get(0).intervalScore(), 1e-6);
    assertEquals(1.0, s.get(0).coverage());
    assertEquals(1, s.get(1).forecasts());
    assertEquals(2.0, s.get(1).mase(), 1e-12);
    assertEquals(19.242048, s.get(1).intervalScore(), 1e-6);
  }

  @Test
  void driftAndTrendMaseByHand() {
    // drift: t = 3: b = (11 − 10) / 2 = 0.5 → 2018: 11.5 (|e| 3.5 / 1.5 = 2.333333), 2019: 12 (2 / 1.5 = 1.333333);
    // t = 4: b = 5/3 → 2019: 16.666667 (2.666667 / (7/3) = 1.142857). MASE h=1: (2.333333 + 1.142857) / 2 = 1.738095.
    List<RollingBacktest.HorizonScore> drift = RollingBacktest.run(S, NaiveBenchmark.drift(), 2, 0.95);
    assertEquals(1.738095, drift.get(0).mase(), 1e-6);
    assertEquals(1.333333, drift.get(1).mase(), 1e-6);
    // trend: t = 3: line 10.5 + 0.5x → 2018: 12 (3 / 1.5 = 2), 2019: 12.5 (1.5 / 1.5 = 1);
    // t = 4: line 9.9 + 1.4x → 2019: 15.5 (1.5 / (7/3) = 0.642857). MASE h=1: (2 + 0.642857) / 2 = 1.321429.
    List<RollingBacktest.HorizonScore> trend = RollingBacktest.run(S, new TrendRegression(), 2, 0.95);
    assertEquals(1.321429, trend.get(0).mase(), 1e-6);
    assertEquals(1.0, trend.get(1).mase(), 1e-9);
  }

  @Test
  void intervalScorePenalisesAMissByTwoOverAlpha() {
    // [10, 20] at 95%: 15 inside → width 10; 25 → 10 + (2 / 0.05) · 5 = 210; 8 → 10 + 40 · 2 = 90
    assertEquals(10, RollingBacktest.intervalScore(10, 20, 15, 0.05), 1e-12);
    assertEquals(210, RollingBacktest.intervalScore(10, 20, 25, 0.05), 1e-9);
    assertEquals(90, RollingBacktest.intervalScore(10, 20, 8, 0.05), 1e-9);
  }

  @Test
  void tooShortSaysWhatIsNeeded() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> RollingBacktest.run(YearSeries.of("xiaogan", 2018, 1, 2, 3), new TrendRegression(), 2, 0.95));
    assertEquals("xiaogan: a backtest needs at least 4 years of history, got 3; wait for more complete years or use "
        + "a region/fund with a longer history", e.getMessage());
  }

  @Test
  void lossesAreSaidPlainly() {
    String series = "critical-illness spending in xiaogan";
    List<RollingBacktest.HorizonScore> scores = List.of(
        new RollingBacktest.HorizonScore(series, "trend", 1, 3, 1.34, 900, 1, 0.95),
        new RollingBacktest.HorizonScore(series, "trend", 2, 2, 0.80, 700, 1, 0.95),
        new RollingBacktest.HorizonScore(series, "last-value", 1, 3, 1.02, 1000, 1, 0.95),
        new RollingBacktest.HorizonScore(series, "last-value", 2, 2, 1.10, 1200, 1, 0.95),
        new RollingBacktest.HorizonScore(series, "drift", 1, 3, 1.50, 1500, 1, 0.95),
        new RollingBacktest.HorizonScore(series, "drift", 2, 2, 0.70, 650, 1, 0.95));
    assertEquals(List.of(
        "trend loses to last-value on critical-illness spending in xiaogan: MASE 1.34 against 1.02 (1 year ahead)",
        "trend loses to drift on critical-illness spending in xiaogan: MASE 0.80 against 0.70 (2 years ahead)",
        "trend intervals lose to drift on critical-illness spending in xiaogan: interval score 700 against 650 "
            + "(2 years ahead)"),
        BacktestReport.losses(series, scores, Set.of("last-value", "drift")));
  }
}
