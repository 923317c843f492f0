package io.safetynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast --triangle} and {@code --history} run on a user's file without Spark or a warehouse. */
class ForecastCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Path home, String... args) {
    CliContext ctx = new CliContext(name -> {
      throw new AssertionError("no Spark session expected");
    }, Map.of(), home, new PrintWriter(out, true), new PrintWriter(err, true));
    return Main.run(args, ctx);
  }

  @Test
  void triangleFilePrintsReservesAndTotals(@TempDir Path home) {
    assertEquals(0, run(home, "forecast", "--triangle", "src/test/resources/forecast/raa.csv"), err.toString());
    assertTrue(out.toString().contains("total               160,987                   213,122         52,135         "
        + "26,909   0.516"), out.toString());
  }

  @Test
  void badTriangleRowIsOneLineNamingFileAndLine(@TempDir Path home) throws Exception {
    Path f = home.resolve("tri.csv");
    Files.writeString(f, "origin,development,cumulative\n2018,1,100\n2018,2,1O0\n");
    assertEquals(1, run(home, "forecast", "--triangle", f.toString()));
    assertEquals("safetynet forecast: " + f + ":3: cumulative must be a number, got '1O0'", err.toString().strip());
  }

  @Test
  void historyFilePrintsProjectionAndFirstYearBelowZero(@TempDir Path home) throws Exception {
    Path f = home.resolve("history.csv");
    Files.writeString(f, "year,enrolment,revenue,expenditure,opening_balance\n"
        + "2019,1000,1000,900,100\n2020,1000,1000,950,\n2021,1000,1000,1000,\n2022,1000,1000,1050,\n");
    assertEquals(0, run(home, "forecast", "--history", f.toString(), "--years", "3"), err.toString());
    assertTrue(out.toString().contains("first year below zero (trend): 2024 (-50.00); cautious: 2023 (-34.36)"),
        out.toString());
  }

  @Test
  void tailWithoutTriangleIsAUsageError(@TempDir Path home) {
    assertEquals(2, run(home, "forecast", "--tail", "1.05"));
    assertEquals("safetynet forecast: --tail applies to --triangle FILE only; give the triangle too",
        err.toString().strip());
  }

  @Test
  void triangleWithTail(@TempDir Path home) {
    assertEquals(0, run(home, "forecast", "--triangle", "src/test/resources/forecast/raa.csv", "--tail", "1.05"),
        err.toString());
    assertTrue(out.toString().contains("tail factor 1.0500"), out.toString());
    assertTrue(out.toString().contains("28,670"), out.toString());
  }

  @Test
  void tooFewBalancePathsIsAUsageError(@TempDir Path home) {
    assertEquals(2, run(home, "forecast", "--paths", "50"));
    assertEquals("safetynet forecast: --paths must be at least 100 for stable percentiles, got 50",
        err.toString().strip());
  }
}
