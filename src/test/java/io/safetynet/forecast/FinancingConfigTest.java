package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinancingConfigTest {
  private static final Path SHIPPED = Path.of("conf", "financing.yaml");

  @Test
  void shippedConfigCarriesSeedValuesWithSources() {
    FinancingConfig c = FinancingConfig.load(SHIPPED);
    assertEquals(5, c.regionIds().size());
    Financing supplementary = c.perCapita("xiaogan", Fund.SUPPLEMENTARY, 2019);
    assertEquals(new BigDecimal("200.00"), supplementary.yuanPerPerson());
    assertEquals("001_13153c10c1d4bd39.txt", supplementary.source().seedFile());
    Financing critical = c.perCapita("fuxin", Fund.CRITICAL, 2018);
    assertEquals(new BigDecimal("55.00"), critical.yuanPerPerson());
    assertEquals("002_b1dddb3db34f700f.txt", critical.source().seedFile());
    Financing basic = c.perCapita("gansu", Fund.BASIC, 2018);
    assertEquals(new BigDecimal("710.00"), basic.yuanPerPerson());
    assertTrue(basic.source().assumption());
    assertTrue(basic.source().clause().contains("490"));
  }

  @Test
  void lastConfiguredYearHoldsForLaterYears() {
    Financing f = FinancingConfig.load(SHIPPED).perCapita("gansu", Fund.BASIC, 2024);
    assertEquals(2020, f.fromYear());
    assertEquals(new BigDecimal("830.00"), f.yuanPerPerson());
  }

  private static String error(Path dir, String yaml) throws IOException {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, yaml);
    return assertThrows(FinancingConfigException.class, () -> FinancingConfig.load(f)).getMessage();
  }

  @Test
  void missingSourceNamesFileAndField(@TempDir Path dir) throws IOException {
    String m = error(dir, "regions:\n  fuxin:\n    critical:\n      2018: { yuan: 55 }\n");
    assertTrue(m.startsWith(dir.resolve("financing.yaml") + ": regions.fuxin.critical.2018.source: missing"), m);
    assertTrue(m.contains("Fix:"), m);
  }

  @Test
  void nonNumericYuanNamesField(@TempDir Path dir) throws IOException {
    String m = error(dir, "regions:\n  fuxin:\n    critical:\n      2018: { yuan: lots, source: assumption }\n");
    assertTrue(m.contains(": regions.fuxin.critical.2018.yuan: missing or not a non-negative number"), m);
  }

  @Test
  void unknownFundAndRegionAreNamed(@TempDir Path dir) throws IOException {
    String fund = error(dir, "regions:\n  fuxin:\n    dental:\n      2018: { yuan: 5, source: assumption }\n");
    assertTrue(fund.contains("regions.fuxin.dental: unknown fund"), fund);
    String region = error(dir, "regions:\n  atlantis:\n    basic:\n      2018: { yuan: 5, source: assumption }\n");
    assertTrue(region.contains("regions.atlantis: unknown region id. Fix: use one of [alxa-left-banner, fuxin, "
        + "gansu, shanghai, xiaogan]"), region);
  }

  @Test
  void assumptionNeedsNoteAndSeedNeedsFileName(@TempDir Path dir) throws IOException {
    String note = error(dir, "regions:\n  gansu:\n    basic:\n      2018: { yuan: 710, source: assumption }\n");
    assertTrue(note.contains("regions.gansu.basic.2018.note: an assumption needs a note"), note);
    String seed = error(dir, "regions:\n  gansu:\n    basic:\n      2018: { yuan: 710, source: \"the city\" }\n");
    assertTrue(seed.contains("regions.gansu.basic.2018.source: 'the city' starts with no seed file name"), seed);
  }

  @Test
  void yearBeforeFirstConfiguredIsAnError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  fuxin:\n    critical:\n      2018: { yuan: 55, source: assumption, note: x }\n");
    FinancingConfig c = FinancingConfig.load(f);
    assertFalse(c.has("fuxin", Fund.BASIC));
    String m = assertThrows(FinancingConfigException.class, () -> c.perCapita("fuxin", Fund.CRITICAL, 2017))
        .getMessage();
    assertTrue(m.contains("regions.fuxin.critical: no value for 2017 or earlier"), m);
  }

  @Test
  void missingFileAndBrokenYamlAreNamed(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("nope.yaml");
    String m = assertThrows(FinancingConfigException.class, () -> FinancingConfig.load(missing)).getMessage();
    assertTrue(m.startsWith(missing + ": (file): not found"), m);
    String broken = error(dir, "regions: [unclosed\n");
    assertTrue(broken.contains("not valid YAML"), broken);
  }
}
