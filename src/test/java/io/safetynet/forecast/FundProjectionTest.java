package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundProjectionTest {
  static FinancingConfig supplementary200(Path dir) throws IOException {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  xiaogan:\n    supplementary:\n"
        + "      after: { growth: 0, source: assumption, note: held for the test }\n"
        + "      2018: { yuan: 200, source: \"001_13153c10c1d4bd39.txt (五)\" }\n");
    return FinancingConfig.load(f);
  }

  private static Prediction persons(int year) {
    return new Prediction(year, 1000, 1000, 1000, 0.95);
  }

  @Test
  void findsFirstShortYearAtPointAndAtUpperBound(@TempDir Path dir) throws IOException {
    // 1000 persons × 200 yuan = 200 000 revenue every year (2018 value held).
    // per-capita spending point [lower, upper]: 2022 180 [170, 190], 2023 195 [180, 210], 2024 205 [185, 225]
    // point:  balances 20 000, 5 000, −5 000 → first short 2024, short by 5 000.00
    // upper:  balances 10 000, −10 000, −25 000 → first short at upper 2023, short by 10 000.00
    FundOutlook o = FundProjection.project("xiaogan", Fund.SUPPLEMENTARY, "trend",
        List.of(persons(2022), persons(2023), persons(2024)),
        List.of(new Prediction(2022, 180, 170, 190, 0.95), new Prediction(2023, 195, 180, 210, 0.95),
            new Prediction(2024, 205, 185, 225, 0.95)),
        supplementary200(dir));
    ProjectionYear y2022 = o.years().get(0);
    assertEquals(new BigDecimal("200000.00"), y2022.revenue());
    assertEquals(new BigDecimal("170000.00"), y2022.expenditureLower());
    assertEquals(new BigDecimal("180000.00"), y2022.expenditurePoint());
    assertEquals(new BigDecimal("190000.00"), y2022.expenditureUpper());
    assertEquals(new BigDecimal("20000.00"), y2022.balance());
    assertFalse(y2022.isShort());
    assertEquals(2024, o.firstShortYear().orElseThrow().year());
    assertEquals(new BigDecimal("5000.00"), o.shortfall());
    assertEquals(2023, o.firstShortYearAtUpper().orElseThrow().year());
    assertEquals(new BigDecimal("10000.00"), o.shortfallAtUpper());
  }

  @Test
  void negativeSpendingForecastIsCutAtZero(@TempDir Path dir) throws IOException {
    FundOutlook o = FundProjection.project("xiaogan", Fund.SUPPLEMENTARY, "trend", List.of(persons(2030)),
        List.of(new Prediction(2030, -5, -20, 10, 0.8)), supplementary200(dir));
    assertEquals(new BigDecimal("0.00"), o.years().get(0).expenditurePoint());
    assertEquals(new BigDecimal("10000.00"), o.years().get(0).expenditureUpper());
    assertTrue(o.firstShortYear().isEmpty());
    assertEquals(new BigDecimal("0.00"), o.shortfall());
  }

  @Test
  void aFundWithNoRuleAfterItsLastYearIsNotProjectedAndTheReportSaysWhy(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  xiaogan:\n    supplementary:\n"
        + "      2018: { yuan: 200, source: \"001_13153c10c1d4bd39.txt (五)\" }\n");
    FinancingConfig c = FinancingConfig.load(f);
    java.util.TreeMap<Integer, BigDecimal> spent = new java.util.TreeMap<>();
    FundHistory h = new FundHistory("xiaogan", Fund.SUPPLEMENTARY, YearSeries.of("enrolled", 2018, 10, 10, 10),
        YearSeries.of("per capita", 2018, 100, 110, 120), spent, spent, new double[0], null);
    FundForecaster.Outcome o = FundForecaster.project(List.of(h), c, List.of(new TrendRegression()), List.of(0.95), 2);
    assertTrue(o.outlooks().isEmpty());
    assertEquals(1, o.skipped().size());
    assertTrue(o.skipped().get(0).contains("regions.xiaogan.supplementary: no value for 2021 and no 'after' rule "
        + "beyond 2018"), o.skipped().get(0));
  }
}
