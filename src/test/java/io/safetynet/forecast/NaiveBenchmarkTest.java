package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NaiveBenchmarkTest {
  @Test
  void driftIntervalWidensWithTheDriftEstimate() {
    // 10, 12, 11, 15: b = 5/3; one-step changes 2, −1, 4 minus b: 1/3, −8/3, 7/3 → SS = (1 + 64 + 49) / 9 = 12.666667,
    // σ² = SS / (T − 2) = 6.333333; h = 2: sd = σ √(2 (1 + 2/3)) = 2.516611 · 1.825742 = 4.594683;
    // t(0.975, 2) = 4.302653 → half 19.769 ; point 15 + 2 · 5/3 = 18.333333
    Prediction p = NaiveBenchmark.drift().fit(YearSeries.of("s", 2015, 10, 12, 11, 15)).predict(2020, 0.95);
    assertEquals(18.333333, p.point(), 1e-6);
    assertEquals(4.302653 * 4.594683, p.upper() - p.point(), 1e-4);
  }

  @Test
  void flatHistoryStillGetsTheResidualFloor() {
    // 50, 50, 50: no change at all → σ = floor = 1% of 50 = 0.5; t(0.975, 2) = 4.302653, h = 1 → half 2.151327
    Prediction p = NaiveBenchmark.lastValue().fit(YearSeries.of("flat", 2018, 50, 50, 50)).predict(2021, 0.95);
    assertEquals(50, p.point(), 0);
    assertEquals(2.151327, p.upper() - p.point(), 1e-6);
  }
}
