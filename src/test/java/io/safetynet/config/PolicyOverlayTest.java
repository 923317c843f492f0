package io.safetynet.config;

import static io.safetynet.config.Params.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safetynet.policy.Category;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import io.safetynet.policy.Source;
import io.safetynet.policy.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Overlays: the mechanism behind amendments and planners' scenarios. */
class PolicyOverlayTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static JsonNode num(String v) {
    return F.numberNode(new BigDecimal(v));
  }

  private static JsonNode assumption(String why) {
    return F.objectNode().put("assumption", why);
  }

  @Test
  void applyReturnsANewTreeAndNeverChangesTheBase() {
    ObjectNode base = (ObjectNode) PolicyLoader.readYaml(PolicyFiles.file("fuxin-2019.yaml"));
    String before = base.toString();
    ObjectNode out = PolicyOverlay.apply(base, Map.of("assistance.ratio.POOR", num("0.75"), "critical.segments.0.upTo", num("40000")));
    assertEquals(before, base.toString());
    assertEquals(new BigDecimal("0.75"), out.at("/assistance/ratio/POOR").decimalValue());
    assertEquals(new BigDecimal("40000"), out.at("/critical/segments/0/upTo").decimalValue());
  }

  @Test
  void withSourceWrapsNumbersAndTagsBlocks() {
    JsonNode src = assumption("scenario");
    assertEquals("{\"value\":0.9,\"source\":{\"assumption\":\"scenario\"}}", PolicyOverlay.withSource(num("0.9"), src).toString());
    ObjectNode block = F.objectNode().put("LEVEL1", 100);
    assertEquals("{\"LEVEL1\":100,\"source\":{\"assumption\":\"scenario\"}}", PolicyOverlay.withSource(block, src).toString());
    ObjectNode own = F.objectNode();
    own.set("value", num("0.5"));
    own.put("source", "assumption");
    assertEquals(own, PolicyOverlay.withSource(own, src), "a value with its own source keeps it");
  }

  @Test
  void aScenarioChangesEveryPeriodCarriesItsSourceAndIsNamedInTheVersion() {
    PolicyOverlay scenario = new PolicyOverlay("scenario raise-level2", null, assumption("planner scenario: +5 points at LEVEL2"),
        Map.of("basic.inpatient.ratio.POOR.LEVEL2", num("0.85")));
    Policy p = PolicyLoader.load(PolicyFiles.file("fuxin-2019.yaml"), List.of(scenario));
    assertEquals("2019.2+scenario raise-level2", p.version());
    for (LocalDate d : List.of(LocalDate.of(2019, 3, 1), LocalDate.of(2020, 3, 1))) {
      Param r = p.termsOn(d).basic().inpatient().ratio(Category.POOR, Tier.LEVEL2);
      assertValue("0.85", r);
      assertEquals(Source.assumption("planner scenario: +5 points at LEVEL2"), r.source());
      assertValue("0.80", p.termsOn(d).basic().inpatient().ratio(Category.DIBAO, Tier.LEVEL2));
    }
    assertValue("0.70", p.termsOn(LocalDate.of(2020, 3, 1)).assistance().ratio().get(Category.POOR));
  }

  @Test
  void aDatedOverlayStartsANewPeriod() {
    PolicyOverlay cut = new PolicyOverlay("scenario cut-2021", LocalDate.of(2021, 1, 1), assumption("what if"),
        Map.of("assistance.ratio.POOR", num("0.50")));
    Policy p = PolicyLoader.load(PolicyFiles.file("fuxin-2019.yaml"), List.of(cut));
    assertEquals(3, p.periods().size());
    assertValue("0.65", p.termsOn(LocalDate.of(2019, 6, 1)).assistance().ratio().get(Category.POOR));
    assertValue("0.70", p.termsOn(LocalDate.of(2020, 6, 1)).assistance().ratio().get(Category.POOR));
    assertValue("0.50", p.termsOn(LocalDate.of(2021, 6, 1)).assistance().ratio().get(Category.POOR));
    assertEquals("2019.2", p.version());
  }

  @Test
  void aScenarioIsValidatedLikeAPolicy() {
    PolicyOverlay bad = new PolicyOverlay("scenario.yaml", null, assumption("x"),
        Map.of("critical.segments.1.upTo", num("20000")));
    var e = assertThrows(PolicyConfigException.class, () -> PolicyLoader.load(PolicyFiles.file("xiaogan-2018.yaml"), List.of(bad)));
    assertTrue(e.getMessage().contains("critical.segments.1.upTo: segment upTo 20000 does not exceed"), e.getMessage());
    assertTrue(e.getMessage().contains("after scenario.yaml"), e.getMessage());
  }

  @Test
  void aPathMayNotReachInsideAValueOrPastAList() {
    ObjectNode base = (ObjectNode) PolicyLoader.readYaml(PolicyFiles.file("xiaogan-2018.yaml"));
    var inside = assertThrows(PolicyOverlay.PathException.class,
        () -> PolicyOverlay.apply(base, Map.of("basic.annualCap.value", num("1"))));
    assertTrue(inside.getMessage().contains("basic.annualCap is a single value"), inside.getMessage());
    var index = assertThrows(PolicyOverlay.PathException.class,
        () -> PolicyOverlay.apply(base, Map.of("critical.segments.3.ratio", num("0.9"))));
    assertTrue(index.getMessage().contains("critical.segments is a list of 3 items and has no item 3"), index.getMessage());
    assertTrue(index.fix().contains("index from 0 to 2"), index.getMessage());
  }
}
