package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundHistoryBuilderTest {
  private static LagCell cell(int year, int month, int lag, String amount) {
    return new LagCell("fuxin", Fund.CRITICAL, YearMonth.of(year, month), lag, new BigDecimal(amount));
  }

  @Test
  void completesLateMonthsAndLeavesOutThePartialYear() {
    // valuation 2020-01: December 2019 was seen for lags 0 and 1 only.
    // Nov 2019: 100 at lag 0, 50 at lag 1, 10 at lag 2 → cumulative 100 150 160
    // Dec 2019: 120 at lag 0, 60 at lag 1               → cumulative 120 180
    // Jan 2020: 130 at lag 0 (partial year 2020, left out)
    // factors over the months seen: f0 = (150 + 180) / (100 + 120) = 1.5 — other months are zero rows — and
    // f1 = 160 / 150; Dec 2019 completes to 180 · 16/15 = 192, so 2019 = 160 + 192 = 352, reported 340.
    List<LagCell> cells = List.of(cell(2019, 11, 0, "100"), cell(2019, 11, 1, "50"), cell(2019, 11, 2, "10"),
        cell(2019, 12, 0, "120"), cell(2019, 12, 1, "60"), cell(2020, 1, 0, "130"));
    List<EnrolmentCount> enrolment = List.of(new EnrolmentCount("fuxin", 2019, 4, 4),
        new EnrolmentCount("fuxin", 2020, 4, 4));
    FundHistory h = FundHistoryBuilder.build(cells, enrolment, YearMonth.of(2020, 1)).stream()
        .filter(x -> x.fund() == Fund.CRITICAL).findFirst().orElseThrow();
    assertEquals(2020, h.partialYear());
    assertEquals(new BigDecimal("340.00"), h.reportedSpending().get(2019));
    assertEquals(new BigDecimal("352.00"), h.completedSpending().get(2019));
    assertEquals(1, h.perCapitaSpending().size());
    assertEquals(88.0, h.perCapitaSpending().points().get(0).value(), 1e-9);
    assertArrayEquals(new double[] {1.5, 160.0 / 150.0}, h.lagFactors(), 1e-12);
  }
}
