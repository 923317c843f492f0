package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundBacktestTest {
  private static FundHistory history(String region, Fund fund, int first, double... perCapita) {
    double[] heads = new double[perCapita.length];
    TreeMap<Integer, BigDecimal> spent = new TreeMap<>();
    for (int i = 0; i < perCapita.length; i++) {
      heads[i] = 10;
      spent.put(first + i, BigDecimal.valueOf(10 * perCapita[i]));
    }
    String label = region + "/" + fund.key();
    return new FundHistory(region, fund, YearSeries.of(label + " enrolled", first, heads),
        YearSeries.of(label + " per-capita spending", first, perCapita), spent, spent, new double[0], null);
  }

  private static FinancingConfig financing(Path dir) throws Exception {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  xiaogan:\n    basic:\n"
        + "      after: { growth: 0, source: assumption, note: held for the test }\n"
        + "      2015: { yuan: 130, source: assumption, note: test }\n");
    return FinancingConfig.load(f);
  }

  @Test
  void shortHistoryIsSaidOncePerRegion(@TempDir Path dir) throws Exception {
    // the shipped sample: every fund of a region has 2 years (2018-2019); one sentence for the region, not eight
    List<FundHistory> histories = List.of(history("xiaogan", Fund.BASIC, 2018, 100, 110),
        history("xiaogan", Fund.CRITICAL, 2018, 10, 11), history("gansu", Fund.BASIC, 2018, 90, 95));
    FundBacktest.Outcome o = FundBacktest.run(histories, financing(dir), List.of(new TrendRegression()), 2, 0.95);
    assertEquals(List.of("Backtest needs at least 4 years of history; xiaogan has 2 (2018-2019)",
        "Backtest needs at least 4 years of history; gansu has 2 (2018-2019)"), o.notes());
    assertTrue(o.scores().isEmpty());
  }

  @Test
  void revenueAndBalanceAreBacktestedWhereFinancingExists(@TempDir Path dir) throws Exception {
    // basic in xiaogan: 10 persons × 130 yuan = 1300 revenue every year; spending 10 × per-capita;
    // balance 2015-2019: 1300 − 1000, − 1200, − 1100, − 1500, − 1400 = 300, 100, 200, −200, −100
    FundHistory h = history("xiaogan", Fund.BASIC, 2015, 100, 120, 110, 150, 140);
    FundBacktest.Outcome o = FundBacktest.run(List.of(h), financing(dir), List.of(new TrendRegression()), 1, 0.95);
    List<String> series = o.scores().stream().map(RollingBacktest.HorizonScore::series).distinct().toList();
    assertEquals(List.of("basic per-capita spending in xiaogan", "basic spending in xiaogan",
        "basic revenue in xiaogan", "basic balance in xiaogan"), series);
    // last-value on the balance, h = 1: t = 3 forecast 200 vs −200 (|400| / Q₃, Q₃ = (200 + 100) / 2 = 150 → 2.666667);
    // t = 4 forecast −200 vs −100 (100 / Q₄, Q₄ = (200 + 100 + 400) / 3 = 233.333 → 0.428571) → MASE 1.547619
    RollingBacktest.HorizonScore lastValue = o.scores().stream()
        .filter(s -> s.series().equals("basic balance in xiaogan") && s.method().equals("last-value")).findFirst()
        .orElseThrow();
    assertEquals(1.547619, lastValue.mase(), 1e-6);
  }
}
