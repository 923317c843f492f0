package io.safetynet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.policy.Category;
import io.safetynet.policy.Policy;
import io.safetynet.policy.PolicyTerms;
import io.safetynet.policy.Tier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
  static final Path POLICIES = Path.of("conf/policies");
  static final PolicyRegistry BASELINE = PolicyRegistry.loadAll(POLICIES);
  static final LocalDate DAY = LocalDate.of(2018, 7, 1);

  @TempDir Path dir;

  @Test
  void shippedScenariosChangeOnlyTheirParameterAndOnlyTheirRegion() {
    List<Scenario> all = ScenarioLoader.loadAll(List.of(
        Path.of("conf/scenarios/xiaogan-critical-deductible-3000.yaml"),
        Path.of("conf/scenarios/xiaogan-level2-ratio-85.yaml"),
        Path.of("conf/scenarios/gansu-assistance-threshold-2000.yaml")), POLICIES, BASELINE);
    assertEquals(List.of("critical deductible 3000", "LEVEL2 poor ratio 85%", "assistance threshold 2000"),
        all.stream().map(Scenario::name).toList());

    Scenario critical = all.get(0);
    assertEquals("2018.1+xiaogan-critical-deductible-3000.yaml", critical.policy().version());
    PolicyTerms before = BASELINE.forRegion("420922", 2018).termsOn(DAY);
    PolicyTerms after = critical.registry().forRegion("420922", 2018).termsOn(DAY);
    assertEquals(0, new BigDecimal("5000").compareTo(before.critical().deductible().get(Category.POOR).value()));
    assertEquals(0, new BigDecimal("3000").compareTo(after.critical().deductible().get(Category.POOR).value()));
    // the other categories keep 5000; the baseline registry is untouched
    assertEquals(0, new BigDecimal("5000").compareTo(after.critical().deductible().get(Category.DIBAO).value()));
    assertEquals("2018.1", BASELINE.forRegion("420922", 2018).version());
    // other regions are the very same policy objects
    assertSame(BASELINE.forRegion("620421", 2018), critical.registry().forRegion("620421", 2018));
    assertNotSame(BASELINE.forRegion("420922", 2018), critical.registry().forRegion("420922", 2018));

    PolicyTerms ratio = all.get(1).registry().forRegion("420922", 2018).termsOn(DAY);
    assertEquals(0, new BigDecimal("0.85").compareTo(
        ratio.basic().inpatient().ratio(Category.POOR, Tier.LEVEL2).value()));
    assertEquals(0, new BigDecimal("0.80").compareTo(
        ratio.basic().inpatient().ratio(Category.DIBAO, Tier.LEVEL2).value()));

    Policy gansu = all.get(2).registry().forRegion("620421", 2018);
    assertEquals(0, new BigDecimal("2000").compareTo(gansu.termsOn(DAY).assistance().threshold().value()));
    assertSame(BASELINE.forRegion("420922", 2018), all.get(2).registry().forRegion("420922", 2018));
  }

  @Test
  void aMisspeltPathNamesTheScenarioFileFieldAndFix() throws IOException {
    Path f = write("name: typo\npolicy: xiaogan\nsource: assumption\nset:\n  critical.deductable.POOR: 3000\n");
    PolicyConfigException e = load(f);
    assertEquals(f.toString(), e.file());
    assertEquals("set.critical.deductable.POOR", e.field());
    assertTrue(e.getMessage().contains("there is no block 'deductable' under critical"), e.getMessage());
    assertTrue(e.fix().contains("did you mean 'deductible'"), e.fix());
  }

  @Test
  void aValueTheLoaderRejectsIsReportedWithThePolicyRule() throws IOException {
    Path f = write("name: too high\npolicy: xiaogan\nsource: assumption\nset:\n"
        + "  basic.inpatient.ratio.POOR.LEVEL2: 85\n");
    PolicyConfigException e = load(f);
    assertEquals("set.basic.inpatient.ratio.POOR.LEVEL2", e.field());
    assertTrue(e.getMessage().contains("ratio 85 is outside 0..1"), e.getMessage());
    assertTrue(e.fix().contains("80% is 0.80"), e.fix());
  }

  @Test
  void unknownPolicyIdSuggestsTheClosest() throws IOException {
    PolicyConfigException e = load(write("name: x\npolicy: xiagan\nsource: assumption\nset: {critical.deductible.POOR: 1}\n"));
    assertEquals("policy", e.field());
    assertTrue(e.fix().contains("did you mean 'xiaogan'"), e.fix());
  }

  @Test
  void missingPartsAreNamed() throws IOException {
    assertEquals("source", load(write("name: x\npolicy: xiaogan\nset: {critical.deductible.POOR: 1}\n")).field());
    assertEquals("set", load(write("name: x\npolicy: xiaogan\nsource: assumption\nset: {}\n")).field());
    assertEquals("name", load(write("policy: xiaogan\nsource: assumption\nset: {a.b: 1}\n")).field());
    PolicyConfigException extra = load(write("name: x\npolicy: xiaogan\nsource: assumption\nsets: {a.b: 1}\n"));
    assertEquals("sets", extra.field());
    assertTrue(extra.fix().contains("did you mean 'set'"), extra.fix());
    PolicyConfigException baseline = load(write("name: Baseline\npolicy: xiaogan\nsource: assumption\nset: {a: 1}\n"));
    assertEquals("name", baseline.field());
    PolicyConfigException missing = assertThrows(PolicyConfigException.class,
        () -> ScenarioLoader.load(dir.resolve("nope.yaml"), POLICIES, BASELINE));
    assertTrue(missing.getMessage().contains("scenario file not found"), missing.getMessage());
  }

  @Test
  void twoScenariosMayNotShareAName() throws IOException {
    Path a = write("name: same\npolicy: xiaogan\nsource: assumption\nset: {critical.deductible.POOR: 3000}\n");
    Path b = dir.resolve("b.yaml");
    Files.copy(a, b);
    PolicyConfigException e = assertThrows(PolicyConfigException.class,
        () -> ScenarioLoader.loadAll(List.of(a, b), POLICIES, BASELINE));
    assertEquals(b.toString(), e.file());
    assertTrue(e.getMessage().contains("also named 'same'"), e.getMessage());
  }

  private PolicyConfigException load(Path f) {
    return assertThrows(PolicyConfigException.class, () -> ScenarioLoader.load(f, POLICIES, BASELINE));
  }

  private Path write(String yaml) throws IOException {
    Path f = Files.createTempFile(dir, "scenario", ".yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
