package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mack's RAA triangle (Reinsurance Association of America, Historical Loss Development 1991, p. 96; the {@code RAA}
 * data set of R's ChainLadder package), checked against ChainLadder's published results:
 * {@code summary(MackChainLadder(RAA, est.sigma = "Mack"))} total IBNR 52,135.23, Mack S.E. 26,909.01; the
 * package's unit tests {@code test.MackRAA} (default log-linear σ: 26,880.74) and
 * {@code test.MackRAA_tail_equals_1.05} (Mack σ, tail 1.05: 28,669.91).
 */
class MackChainLadderTest {
  static final Path RAA = Path.of("src/test/resources/forecast/raa.csv");

  @Test
  void raaReservesAndMackStandardErrors() {
    MackChainLadder.Result r = MackChainLadder.estimate(Triangle.read(RAA));
    assertEquals(160_987, r.totalLatest(), 1e-9);
    assertEquals(52_135.23, r.totalReserve(), 0.005);
    assertEquals(213_122.23, r.totalUltimate(), 0.005);
    assertEquals(26_909.01, r.totalStandardError(), 0.005);
    // per origin (ChainLadder's summary, rounded): 1990 reserve 16,339, S.E. 24,566; 1989 10,650 / 6,333;
    // 1982 154 / 206; 1981 fully developed: 0 / 0
    MackChainLadder.OriginEstimate y1990 = r.origins().get(9);
    assertEquals("1990", y1990.origin());
    assertEquals(16_339, Math.round(y1990.reserve()));
    assertEquals(24_566, Math.round(y1990.standardError()));
    assertEquals(1.503, y1990.cv(), 0.0005);
    assertEquals(10_650, Math.round(r.origins().get(8).reserve()));
    assertEquals(6_333, Math.round(r.origins().get(8).standardError()));
    assertEquals(154, Math.round(r.origins().get(1).reserve()));
    assertEquals(206, Math.round(r.origins().get(1).standardError()));
    assertEquals(0, r.origins().get(0).reserve(), 0);
    assertEquals(0, r.origins().get(0).standardError(), 0);
  }

  @Test
  void raaFactorsAndMackSigmaExtrapolation() {
    MackChainLadder.Result r = MackChainLadder.estimate(Triangle.read(RAA));
    // f_1 = (8269 + 4285 + 8992 + 11555 + 9565 + 6445 + 4020 + 6947 + 5395) / (5012 + 106 + ... + 3133)
    //     = 65473 / 21829 = 2.99936
    assertEquals(65_473.0 / 21_829.0, r.factors()[0], 1e-12);
    assertEquals(18_834.0 / 18_662.0, r.factors()[8], 1e-12);
    // σ_9 by Mack's rule: σ⁴_8 / σ²_7 = 2.8077⁴ / 1.1591² = 46.33 > min(σ²_7, σ²_8) = 1.3435, so σ_9 = σ_7
    assertEquals(r.sigma()[6], r.sigma()[8], 1e-12);
    assertEquals(1.1591, r.sigma()[8], 5e-5);
    assertEquals(166.9835, r.sigma()[0], 5e-5);
  }

  @Test
  void raaWithLogLinearSigmaMatchesChainLadderDefault() {
    MackChainLadder.Result r =
        MackChainLadder.estimate(Triangle.read(RAA), 1.0, MackChainLadder.SigmaRule.LOG_LINEAR);
    assertEquals(26_880.74, r.totalStandardError(), 0.005);
  }

  @Test
  void raaWithTailFactor() {
    MackChainLadder.Result r = MackChainLadder.estimate(Triangle.read(RAA), 1.05);
    assertEquals(28_669.91, r.totalStandardError(), 0.005);
    // the tail develops every origin by 5% more: 1981's ultimate 18,834 · 1.05 = 19,775.7
    assertEquals(18_834 * 1.05, r.origins().get(0).ultimate(), 1e-9);
    assertEquals(213_122.23 * 1.05, r.totalUltimate(), 0.01);
  }

  @Test
  void pointEstimatesAgreeWithTheLagCompletionUsedByTheFundForecast() {
    Triangle t = Triangle.read(RAA);
    List<double[]> incremental = new ArrayList<>();
    for (int i = 0; i < t.originCount(); i++) {
      double[] row = new double[t.developed(i)];
      for (int k = 0; k < row.length; k++) {
        row[k] = t.cumulative(i, k) - (k == 0 ? 0 : t.cumulative(i, k - 1));
      }
      incremental.add(row);
    }
    ChainLadder.Result plain = ChainLadder.complete(incremental);
    MackChainLadder.Result mack = MackChainLadder.estimate(t);
    assertArrayEquals(plain.factors(), mack.factors(), 1e-12);
    assertArrayEquals(plain.completed(),
        mack.origins().stream().mapToDouble(MackChainLadder.OriginEstimate::ultimate).toArray(), 1e-6);
  }

  @Test
  void smallHandTriangle() {
    // cumulative       f1 = (150 + 180) / (100 + 120) = 1.5 ; f2 = 160 / 150
    // A: 100 150 160   σ²_1 = [100 (1.5 − 1.5)² + 120 (1.5 − 1.5)²] / 1 = 0, so σ_1 = 0
    // B: 120 180       σ²_2: one origin, fewer than two earlier periods → carries σ²_1 = 0
    // C: 130           reserves: B 180 · (16/15 − 1) = 12, C 130 · (1.5 · 16/15 − 1) = 78; no variation, S.E. 0
    Triangle t = Triangle.of("hand", List.of("A", "B", "C"),
        new double[][] {{100, 150, 160}, {120, 180}, {130}});
    MackChainLadder.Result r = MackChainLadder.estimate(t);
    assertEquals(12, r.origins().get(1).reserve(), 1e-9);
    assertEquals(78, r.origins().get(2).reserve(), 1e-9);
    assertEquals(90, r.totalReserve(), 1e-9);
    assertEquals(0, r.totalStandardError(), 1e-9);
  }

  @Test
  void tailBelowOneIsRefused() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> MackChainLadder.estimate(Triangle.read(RAA), 0.9));
    assertTrue(e.getMessage().contains("tail factor must be a number >= 1"), e.getMessage());
  }

  @Test
  void reportHasThousandsSeparatorsAndTotals() {
    Triangle t = Triangle.read(RAA);
    String text = TriangleReport.of(t, MackChainLadder.estimate(t));
    assertTrue(text.contains("1990                  2,063     8.9202         18,402         16,339         24,566   "
        + "1.503"), text);
    assertTrue(text.contains("total               160,987                   213,122         52,135         26,909   "
        + "0.516"), text);
  }
}
