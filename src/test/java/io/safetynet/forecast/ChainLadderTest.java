package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainLadderTest {
  @Test
  void completesHandMadeTriangle() {
    // incremental            cumulative
    // month 0: 100  50  10   100 150 160
    // month 1: 120  60       120 180
    // month 2: 130           130
    // f0 = (150 + 180) / (100 + 120) = 330 / 220 = 1.5
    // f1 = 160 / 150 = 1.0666…
    // completed: month 0 = 160; month 1 = 180 · 16/15 = 192; month 2 = 130 · 1.5 · 16/15 = 208; total 560
    ChainLadder.Result r = ChainLadder.complete(
        List.of(new double[] {100, 50, 10}, new double[] {120, 60}, new double[] {130}));
    assertArrayEquals(new double[] {1.5, 160.0 / 150.0}, r.factors(), 1e-12);
    assertArrayEquals(new double[] {160, 180, 130}, r.latestCumulative(), 1e-12);
    assertArrayEquals(new double[] {160, 192, 208}, r.completed(), 1e-9);
    assertEquals(560, r.completedTotal(), 1e-9);
  }

  @Test
  void zeroDenominatorGivesFactorOne() {
    // nothing at lag 0 in the only row seen at lag 1: no information, so the factor is 1 and month 1 stays 7
    ChainLadder.Result r = ChainLadder.complete(List.of(new double[] {0, 5}, new double[] {7}));
    assertArrayEquals(new double[] {1.0}, r.factors(), 0);
    assertArrayEquals(new double[] {5, 7}, r.completed(), 0);
  }
}
