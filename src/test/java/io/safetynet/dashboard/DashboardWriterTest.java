package io.safetynet.dashboard;

import io.safetynet.indicators.TestWarehouse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safetynet.spark.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardWriterTest {
  @TempDir static Path dir;
  static Path file;
  static String html;
  static JsonNode data;

  @BeforeAll
  static void write() throws Exception {
    TestWarehouse w = DashboardFixture.shared();
    file = Path.of(new DashboardWriter(w.root).write(TestSpark.session()));
    html = Files.readString(file);
    data = DashboardFixture.data(html);
  }

  private static JsonNode section(String id) {
    for (JsonNode s : data.get("sections")) {
      if (s.get("id").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no section " + id);
  }

  private static List<String> row(String id, int i) {
    List<String> out = new ArrayList<>();
    section(id).get("rows").get(i).forEach(c -> out.add(c.asText()));
    return out;
  }

  @Test
  void isOneSelfContainedFile() {
    assertTrue(file.endsWith(Path.of("warehouse", "dashboard", "index.html")), file.toString());
    assertTrue(html.contains("echarts"), "ECharts must be inlined");
    assertFalse(html.contains("<script src"), "no external scripts");
    assertFalse(html.contains("http://") && html.contains("<link"), "no external stylesheets");
  }

  @Test
  void targetRowsShowRealNumbersOrSuppression() {
    // one row per policy, target, year and category, counties summed: "chronic 80%" 2017 (P2 only), 2018 (P4
    // only), then "compliant 99%", then "inpatient 90%" 2018: P1, P2, Q1..Q6 = 8 persons, 1 below;
    // achieved (123820 + 6 x 9000) / (130000 + 6 x 10000) = 177820 / 190000 = 93.6%; gap 180 (P2)
    assertEquals(List.of("xiaogan", "chronic 80%", "2017", "all", "POOR", "<5", "<5", "<5", "<5", "80.0%", "<5",
        "no ceiling", "-"), row("targets", 0));
    assertEquals(List.of("xiaogan", "inpatient 90%", "2018", "all", "POOR", "8", "1", "12.5%", "93.6%", "90.0%",
        "180.00", "no ceiling", "-"), row("targets", 3));
    // ruling R8, the same target with a 92% ceiling: P1 (115000 / 120000 = 95.8%) is over-protected by
    // 115000 - 0.92 x 120000 = 4600
    assertEquals(List.of("xiaogan", "inpatient 90% capped", "2018", "all", "POOR", "8", "1", "12.5%", "93.6%",
        "90.0%", "180.00", "1", "4,600.00"), row("targets", 4));
    // the suppressed chart point is null, the shown one a number
    assertTrue(section("targets").get("series").get(0).get("data").get(0).isNull());
    assertEquals(93.6, section("targets").get("series").get(0).get("data").get(3).asDouble());
  }

  @Test
  void fundMonthsWithFewerThanFivePersonsAreSuppressedEverywhere() {
    // BASIC, March 2018: P1 14880 + P2 7040 = 21920 for 2 persons -> "<5", and the number is nowhere in the file;
    // July 2018: 6 x 7440 = 44640 for 6 persons -> shown
    List<String> basic = row("funds", 1);
    List<String> months = new ArrayList<>();
    section("funds").get("columns").forEach(c -> months.add(c.asText()));
    assertEquals("BASIC", basic.get(0));
    assertEquals("<5", basic.get(months.indexOf("2018-03")));
    assertEquals("44,640.00", basic.get(months.indexOf("2018-07")));
    assertFalse(html.contains("21920") || html.contains("21,920"), "suppressed value leaked into the file");
  }

  @Test
  void outOfCatalogueAndPovertySections() {
    // LEVEL1 has no special-category inpatient claims (C5 is chronic), so no row. LEVEL2: P1, P2, Q1..Q6 = 8
    // persons (P3 is ordinary); controlled T 20000 + 10000 + 60000, O 1200 + 1000 + 3000 = 5200 -> 5.8%;
    // LEVEL3 (P1 only) suppressed
    assertEquals(List.of("xiaogan", "LEVEL2", "8", "90,000.00", "5,200.00", "5.8%", "8.0%", "200.00", "200.00", "1"),
        row("ooc", 0));
    assertEquals(List.of("xiaogan", "LEVEL3", "<5"), row("ooc", 1).subList(0, 3));
    // 2017: 2 households -> suppressed; 2018: 4 + 6 = 10 households, 1 impoverishing (H2) -> 10.0%;
    // catastrophic >10%: H1, H2, H4 -> 30.0%; change vs 2017 not shown (2017 suppressed)
    assertEquals("<5", row("poverty", 0).get(1));
    assertEquals(List.of("2018", "10", "1", "10.0%", "30.0%", "20.0%", "-", "-"), row("poverty", 1));
  }

  /**
   * Opens the file in headless Chromium: the page must render (body data-rendered="ok"), raise no script error
   * (window.onerror writes data-error) and show real numbers from the warehouse. Leaves a screenshot in
   * target/dashboard-screenshot.png for a human look.
   */
  @Test
  @Tag("browser")
  void rendersInHeadlessChromium() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Assumptions.assumeTrue(Files.isExecutable(chromium), "chromium not installed: apt-get install -y chromium");
    String dom = chromium(chromium, "--dump-dom", file.toUri().toString());
    assertTrue(dom.contains("data-rendered=\"ok\""), "page did not finish rendering: " + head(dom));
    assertFalse(dom.contains("data-error=\""), "script error: " + head(dom));
    assertTrue(dom.contains("<svg"), "no chart was drawn");
    assertTrue(dom.contains(">44,640.00<"), "July basic spending missing from the DOM");
    assertTrue(dom.contains(">93.6%<"), "inpatient target ratio missing from the DOM");
    assertTrue(dom.contains(">&lt;5<"), "suppressed cells missing from the DOM");
    Path shot = Path.of("target", "dashboard-screenshot.png").toAbsolutePath();
    chromium(chromium, "--screenshot=" + shot, "--window-size=1280,2400", file.toUri().toString());
    assertTrue(Files.size(shot) > 10_000, "screenshot is empty");
  }

  private static String chromium(Path binary, String... args) throws Exception {
    Path profile = Files.createTempDirectory(dir, "chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("chromium-" + System.nanoTime() + ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + cmd);
    }
    return Files.readString(out);
  }

  private static String head(String dom) {
    int i = dom.lastIndexOf("<body");
    return i < 0 ? dom.substring(0, Math.min(500, dom.length())) : dom.substring(i, Math.min(i + 300, dom.length()));
  }
}
