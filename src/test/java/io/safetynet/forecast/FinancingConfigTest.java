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
    assertEquals(new BigDecimal("490.00"), basic.subsidy());
    assertEquals(new BigDecimal("220.00"), basic.personal());
    assertTrue(basic.source().assumption());
    assertTrue(basic.source().clause().contains("490"));
    assertTrue(basic.personalSource().clause().contains("220"));
  }

  @Test
  void nationalStandardIsDatedNotHeldAt2020() {
    FinancingConfig c = FinancingConfig.load(SHIPPED);
    Financing basic2024 = c.perCapita("gansu", Fund.BASIC, 2024);
    assertEquals(2024, basic2024.fromYear());
    assertEquals(new BigDecimal("1070.00"), basic2024.total()); // 670 + 400
    assertEquals(new BigDecimal("1015.00"), basic2024.yuanPerPerson()); // less the critical carve-out of 55
    assertEquals(new BigDecimal("1100.00"), c.perCapita("gansu", Fund.BASIC, 2025).total()); // 700 + 400
  }

  @Test
  void criticalCarveOutIsCountedOnce() {
    FinancingConfig c = FinancingConfig.load(SHIPPED);
    for (int year = 2018; year <= 2030; year++) {
      Financing basic = c.perCapita("xiaogan", Fund.BASIC, year);
      Financing critical = c.perCapita("xiaogan", Fund.CRITICAL, year);
      // what the two funds keep adds up to the financing per person, not to more
      assertEquals(basic.total(), basic.yuanPerPerson().add(critical.yuanPerPerson()), "year " + year);
    }
  }

  @Test
  void afterTheLastYearOnlyTheStatedRuleApplies() {
    FinancingConfig c = FinancingConfig.load(SHIPPED);
    // 2025: 700 + 400; 3% a year for 2 years: 700 × 1.0609 = 742.63, 400 × 1.0609 = 424.36
    Financing basic2027 = c.perCapita("xiaogan", Fund.BASIC, 2027);
    assertEquals(2025, basic2027.fromYear());
    assertEquals(new BigDecimal("742.63"), basic2027.subsidy());
    assertEquals(new BigDecimal("424.36"), basic2027.personal());
    assertEquals(new BigDecimal("1111.99"), basic2027.yuanPerPerson()); // 1166.99 − 55
    assertTrue(basic2027.basis().contains("3.00% a year"), basic2027.basis());
    assertTrue(c.extension("xiaogan", Fund.BASIC).startsWith("after 2025 grows 3.00% a year (assumption"),
        c.extension("xiaogan", Fund.BASIC));
  }

  @Test
  void withoutARuleThereIsNoValueAfterTheLastYear(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  fuxin:\n    assistance:\n      2018: { yuan: 100, source: assumption, note: x }\n");
    FinancingConfig c = FinancingConfig.load(f);
    assertEquals(new BigDecimal("100.00"), c.perCapita("fuxin", Fund.ASSISTANCE, 2018).yuanPerPerson());
    String m = assertThrows(FinancingConfigException.class, () -> c.perCapita("fuxin", Fund.ASSISTANCE, 2019))
        .getMessage();
    assertTrue(m.contains("regions.fuxin.assistance: no value for 2019 and no 'after' rule beyond 2018"), m);
    assertEquals("no rule after 2018: not projected beyond it (add 'after:' to " + f + ")",
        c.extension("fuxin", Fund.ASSISTANCE));
    assertTrue(c.openingBalance("fuxin", Fund.ASSISTANCE).source().assumption());
    assertEquals(new BigDecimal("0.00"), c.openingBalance("fuxin", Fund.ASSISTANCE).yuan());
  }

  @Test
  void openingBalanceAndSplitYearsAreRead(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  fuxin:\n    basic:\n"
        + "      opening_balance: { yuan: -1500.5, source: assumption, note: audit }\n"
        + "      2018:\n        subsidy: { yuan: 490, source: assumption, note: s }\n"
        + "        personal: { yuan: 220, source: assumption, note: p }\n");
    FinancingConfig c = FinancingConfig.load(f);
    assertEquals(new BigDecimal("-1500.50"), c.openingBalance("fuxin", Fund.BASIC).yuan());
    assertEquals(new BigDecimal("710.00"), c.perCapita("fuxin", Fund.BASIC, 2018).yuanPerPerson()); // no critical
    String m = error(dir, "regions:\n  fuxin:\n    basic:\n      2018:\n"
        + "        subsidy: { yuan: 490, source: assumption, note: s }\n");
    assertTrue(m.contains("regions.fuxin.basic.2018.personal: missing"), m);
    String g = error(dir, "regions:\n  fuxin:\n    basic:\n      after: { growth: x, source: assumption, note: n }\n"
        + "      2018: { yuan: 710, source: assumption, note: s }\n");
    assertTrue(g.contains("regions.fuxin.basic.after.growth: missing or not a rate above -1"), g);
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
