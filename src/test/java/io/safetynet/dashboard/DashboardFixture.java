package io.safetynet.dashboard;

import io.safetynet.indicators.Fixtures;
import io.safetynet.indicators.IndicatorsJob;
import io.safetynet.indicators.TestWarehouse;
import io.safetynet.inspect.InspectJob;
import io.safetynet.inspect.InspectSpec;
import static io.safetynet.indicators.SettlementRow.claim;

import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * {@link Fixtures#small} plus six poor persons Q1..Q6 of county 420922, each with one July 2018 inpatient stay at
 * F1 (LEVEL2): T 10000, P 9500, O 500; basic (9500 - 200) x 80% = 7440; top-up to 90% x 9500 = 8550 -> 1110;
 * O within 8% -> 450 supplementary, 50 patient; patient 1000; funds 9000 (exactly 90%). Their households HQ1..HQ6
 * (1 person, income 20000) stay above the line. Some cells now hold 5+ persons, others stay below.
 */
public final class DashboardFixture {
  private static TestWarehouse shared;

  private DashboardFixture() {}

  /** One warehouse per test JVM for the read-only tests (dashboard, notebooks); deleted when the JVM exits. */
  public static synchronized TestWarehouse shared() throws java.io.IOException {
    if (shared == null) {
      Path dir = java.nio.file.Files.createTempDirectory("safetynet-indicators-fixture");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      shared = write(dir);
    }
    return shared;
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // best effort: the directory is under java.io.tmpdir
    }
  }

  public static TestWarehouse write(Path dir) {
    TestWarehouse w = Fixtures.small(dir);
    for (int i = 1; i <= 6; i++) {
      w.add(claim("Q" + i, "PQ" + i, "HQ" + i).dates("2018-07-0" + i, "2018-07-0" + (i + 1))
          .cost("10000", "9500", "500").paid("7440", "0", "0", "1110", "450", "0"));
      w.enrol("PQ" + i, 2018, "420922", "HQ" + i, "POOR", true);
      w.household("HQ" + i, 2018, "420922", 1, "20000");
    }
    w.write();
    new IndicatorsJob(Fixtures.spec(w)).run(TestSpark.session());
    new InspectJob(new InspectSpec(w.root, Fixtures.LIMITS, new BigDecimal("0.80"), 2, new BigDecimal("100.00"), 3))
        .run(TestSpark.session());
    return w;
  }

  /** The page's inlined data (the JSON after {@code var DATA = }), as the browser's script reads it. */
  public static String script(String html) {
    int start = html.indexOf("var DATA = ") + "var DATA = ".length();
    return html.substring(start, html.indexOf(";\n", start));
  }

  /** {@link #script} parsed. */
  public static com.fasterxml.jackson.databind.JsonNode data(String html) throws java.io.IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(script(html));
  }
}
