package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundRollForwardTest {
  private static FinancingConfig config(Path dir) throws IOException {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  fuxin:\n"
        + "    basic:\n      after: { growth: 0, source: assumption, note: t }\n"
        + "      2018:\n        subsidy: { yuan: 490, source: assumption, note: s }\n"
        + "        personal: { yuan: 220, source: assumption, note: p }\n"
        + "    critical:\n      after: { growth: 0, source: assumption, note: t }\n"
        + "      2018: { yuan: 55, source: assumption, note: c }\n"
        + "    supplementary:\n      opening_balance: { yuan: 1000, source: assumption, note: audited }\n"
        + "      after: { growth: 0, source: assumption, note: t }\n"
        + "      2018: { yuan: 200, source: assumption, note: s }\n");
    return FinancingConfig.load(f);
  }

  private static FundHistory history(Fund fund, long persons, double... spending) {
    TreeMap<Integer, BigDecimal> completed = new TreeMap<>();
    double[] heads = new double[spending.length];
    double[] perCapita = new double[spending.length];
    for (int i = 0; i < spending.length; i++) {
      completed.put(2018 + i, BigDecimal.valueOf(spending[i]).setScale(2));
      heads[i] = persons;
      perCapita[i] = spending[i] / persons;
    }
    return new FundHistory("fuxin", fund, YearSeries.of("enrolled", 2018, heads),
        YearSeries.of("per capita", 2018, perCapita), completed, completed, new double[0], null);
  }

  @Test
  void threeYearsAddUpByHand(@TempDir Path dir) throws IOException {
    // 100 persons × 200 = 20 000 a year; spending 15 000, 22 000, 26 000; opening 1 000 (configured)
    // closing: 1 000 + 20 000 − 15 000 = 6 000; 6 000 − 2 000 = 4 000; 4 000 − 6 000 = −2 000
    FinancingConfig c = config(dir);
    List<RollForwardYear> years = FundRollForward.history(history(Fund.SUPPLEMENTARY, 100, 15000, 22000, 26000),
        Map.of(), c, c.openingBalance("fuxin", Fund.SUPPLEMENTARY).yuan());
    assertEquals(new BigDecimal("1000.00"), years.get(0).openingBalance());
    assertEquals(new BigDecimal("20000.00"), years.get(0).revenue());
    assertEquals(new BigDecimal("6000.00"), years.get(0).closingBalance());
    assertEquals(new BigDecimal("4000.00"), years.get(1).closingBalance());
    assertEquals(new BigDecimal("-2000.00"), years.get(2).closingBalance());
    assertEquals(new BigDecimal("4.8"), years.get(0).monthsOfCover()); // 6 000 / (15 000 / 12)
    assertEquals(new BigDecimal("2.2"), years.get(1).monthsOfCover()); // 4 000 / (22 000 / 12) = 2.18
    assertEquals(new BigDecimal("-0.9"), years.get(2).monthsOfCover()); // −2 000 / (26 000 / 12) = −0.92
    FundRollForward rf = new FundRollForward("fuxin", Fund.SUPPLEMENTARY, "trend", 0.95,
        c.openingBalance("fuxin", Fund.SUPPLEMENTARY), years, List.of(), "");
    assertEquals(2019, rf.firstDeficit().orElseThrow().year()); // 20 000 − 22 000
    assertEquals(2020, rf.depletion().orElseThrow().year()); // first closing below zero
    assertEquals(new BigDecimal("-2000.00"), rf.lastHistoryClosing());
  }

  @Test
  void projectionCarriesTheLastClosingBalance(@TempDir Path dir) throws IOException {
    FinancingConfig c = config(dir);
    Prediction persons = new Prediction(2021, 100, 100, 100, 0.95);
    FundOutlook o = FundProjection.project("fuxin", Fund.SUPPLEMENTARY, "trend", List.of(persons),
        List.of(new Prediction(2021, 230, 200, 260, 0.95)), c);
    List<RollForwardYear> p = FundRollForward.projection(o, new BigDecimal("-2000.00"), c);
    // −2 000 + 20 000 − 23 000
    assertEquals(new BigDecimal("-5000.00"), p.get(0).closingBalance());
    assertTrue(p.get(0).projected());
    assertTrue(p.get(0).revenueBasis().contains("growth") || p.get(0).revenueBasis().contains("0.00% a year"),
        p.get(0).revenueBasis());
  }

  @Test
  void basicUsesThePremiumColumnsAndCountsTheCarveOutOnce(@TempDir Path dir) throws IOException {
    FinancingConfig c = config(dir);
    // 10 persons; the table says they paid 2 000 in all (some exempt), not 10 × 220
    Map<Integer, EnrolmentCount> counts = Map.of(2018,
        new EnrolmentCount("fuxin", 2018, 10, 10, new BigDecimal("2000.00")));
    RollForwardYear basic = FundRollForward.history(history(Fund.BASIC, 10, 0), counts, c, BigDecimal.ZERO).get(0);
    assertEquals(new BigDecimal("6350.00"), basic.revenue()); // (490 − 55) × 10 + 2 000
    RollForwardYear critical = FundRollForward.history(history(Fund.CRITICAL, 10, 0), counts, c, BigDecimal.ZERO)
        .get(0);
    assertEquals(new BigDecimal("550.00"), critical.revenue());
    // the two funds together hold what was raised: 490 × 10 + 2 000
    assertEquals(new BigDecimal("6900.00"), basic.revenue().add(critical.revenue()));
    // without premium columns: the configured 220
    RollForwardYear configured = FundRollForward.history(history(Fund.BASIC, 10, 0), Map.of(), c, BigDecimal.ZERO)
        .get(0);
    assertEquals(new BigDecimal("6550.00"), configured.revenue()); // (710 − 55) × 10
    assertNull(configured.monthsOfCover()); // nothing spent: cover is not a number
  }
}
