package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserHistoryTest {
  @TempDir Path dir;

  /**
   * Revenue flat at 1000, expenditure exactly on a line 900, 950, 1000, 1050, opening balance 100.
   * Closing balances: 2019 100 + 1000 − 900 = 200; 2020 250; 2021 250; 2022 200.
   * Trend: revenue 1000 every year, expenditure 1100 (2023), 1150 (2024). Point balance 2023: 200 + 1000 − 1100 = 100;
   * 2024: 100 + 1000 − 1150 = −50 → first below zero 2024.
   * Both fits are exact, so s is the residual floor: revenue 1% of 1000 = 10, expenditure 1% of 975 = 9.75.
   * 2023 (x₀ = 4, x̄ = 1.5, Sxx = 5): factor √(1 + 1/4 + 6.25/5) = √2.5 = 1.581139; t(0.975, 2) = 4.302653;
   * revenue half 68.0310, expenditure half 66.3302 → revenue [931.97, 1068.03], expenditure [1033.67, 1166.33].
   * Cautious 2023: 200 + 931.97 − 1166.33 = −34.36 → cautious below zero already in 2023.
   */
  private Path onALine() throws IOException {
    Path f = dir.resolve("history.csv");
    Files.writeString(f, "year,enrolment,revenue,expenditure,opening_balance\n"
        + "2019,1000,1000,900,100\n2020,1000,1000,950,\n2021,1000,1000,1000,\n2022,1000,1000,1050,\n");
    return f;
  }

  @Test
  void exactLineGetsANonZeroIntervalAndTheBalanceRunsOut() throws IOException {
    UserHistory h = UserHistory.read(onALine());
    assertEquals(List.of(new BigDecimal("200.00"), new BigDecimal("250.00"), new BigDecimal("250.00"),
        new BigDecimal("200.00")), h.closingBalances());
    HistoryProjection p = HistoryProjection.of(h, new TrendRegression(), 3, 0.95);
    HistoryProjection.Row y2023 = p.rows().get(0);
    assertEquals(1100.0, y2023.expenditure().point(), 1e-9);
    assertEquals(1100.0 - 66.3302, y2023.expenditure().lower(), 1e-4);
    assertEquals(1000.0 + 68.0310, y2023.revenue().upper(), 1e-4);
    assertTrue(y2023.revenue().upper() > y2023.revenue().lower());
    assertEquals(new BigDecimal("100.00"), y2023.balance());
    assertEquals(new BigDecimal("-34.36"), y2023.cautiousBalance());
    assertEquals(2024, p.firstBelowZero().orElseThrow().year());
    assertEquals(new BigDecimal("-50.00"), p.firstBelowZero().orElseThrow().balance());
    assertEquals(2023, p.firstCautiousBelowZero().orElseThrow().year());
  }

  @Test
  void laterOpeningBalanceReplacesTheCarriedOne() throws IOException {
    Path f = dir.resolve("h.csv");
    Files.writeString(f, "year,revenue,expenditure,enrolment,opening_balance\n2019,10,4,1,\n2020,10,4,1,500\n");
    assertEquals(List.of(new BigDecimal("6.00"), new BigDecimal("506.00")), UserHistory.read(f).closingBalances());
  }

  @Test
  void reportSaysOnceWhenTheHistoryIsTooShort() throws IOException {
    Path f = dir.resolve("short.csv");
    Files.writeString(f, "year,enrolment,revenue,expenditure\n2018,5,10,4\n2019,5,10,6\n");
    String text = HistoryReport.of(UserHistory.read(f),
        List.of(new TrendRegression(), new BootstrapSimulation(), new LogLinearGrowth()), 5, 0.95);
    assertTrue(text.contains("Projection needs at least 3 years of history; " + f + " has 2 (2018-2019)"), text);
    assertEquals(text.indexOf("needs at least"), text.lastIndexOf("needs at least"), text);
  }

  @Test
  void reportPrintsProjectionAndFirstYearBelowZero() throws IOException {
    String text = HistoryReport.of(UserHistory.read(onALine()), List.of(new TrendRegression()), 3, 0.95);
    assertTrue(text.contains("first year below zero (trend): 2024 (-50.00); cautious: 2023 (-34.36)"), text);
    assertTrue(text.matches("(?s).*\\n2023 +\\[931\\.97, 1,000\\.00, 1,068\\.03] +\\[1,033\\.67, 1,100\\.00, "
        + "1,166\\.33] +100\\.00 +-34\\.36\\n.*"), text);
  }

  @Test
  void badRowsNameFileAndLine() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "year,enrolment,revenue,expenditure\n2018,5,10,4\n2020,5,10,6\n");
    assertEquals(f + ":3: year 2020 does not follow 2018 (line 2); give consecutive years in order",
        assertThrows(ForecastException.class, () -> UserHistory.read(f)).getMessage());
    Files.writeString(f, "year,enrolment,revenue\n");
    assertEquals(f + ":1: header needs year,enrolment,revenue,expenditure[,opening_balance]; 'expenditure' is "
        + "missing in 'year,enrolment,revenue'", assertThrows(ForecastException.class, () -> UserHistory.read(f))
        .getMessage());
    Files.writeString(f, "year,enrolment,revenue,expenditure\n2018,5,ten,4\n");
    assertEquals(f + ":2: revenue must be an amount in yuan, got 'ten'",
        assertThrows(ForecastException.class, () -> UserHistory.read(f)).getMessage());
  }
}
