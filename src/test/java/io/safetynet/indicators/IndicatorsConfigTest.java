package io.safetynet.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsConfigTest {
  @Test
  void shippedConfigLoads() {
    IndicatorsConfig c = IndicatorsConfig.load(Path.of("conf/indicators.yaml"));
    assertEquals(0, new BigDecimal("2995").compareTo(c.poverty().povertyLines().get(2018)));
    assertEquals(0, new BigDecimal("0.25").compareTo(c.poverty().catastrophicUpperShare()));
  }

  @Test
  void targetsAndLimitsComeFromThePolicyConfigs() {
    IndicatorsSpec spec = PolicySettings.spec("/tmp/w",
        io.safetynet.config.PolicyRegistry.loadAll(Path.of("conf/policies")), Path.of("conf/indicators.yaml"));
    var byName = new java.util.HashMap<String, IndicatorTarget>();
    spec.targets().forEach(t -> byName.put(t.policyId() + "/" + t.name(), t));
    assertEquals(4, spec.targets().size(), byName.keySet().toString());
    IndicatorTarget gansu = spec.targets().stream().filter(t -> t.policyId().equals("gansu")).findFirst().orElseThrow();
    assertEquals(io.safetynet.policy.Target.Measure.COMPLIANT, gansu.measure());
    assertEquals(0, new BigDecimal("0.85").compareTo(gansu.ratio()));
    IndicatorTarget alxa = spec.targets().stream().filter(t -> t.policyId().equals("alxa-left-banner")).findFirst()
        .orElseThrow();
    assertTrue(alxa.icdPrefixes().contains("C16") && alxa.icdPrefixes().contains("N18.5"), alxa.toString());
    assertEquals(0, new BigDecimal("0.08").compareTo(spec.outOfCatalogueLimits().get("xiaogan").get("LEVEL2")));
    assertEquals(0, new BigDecimal("0.05").compareTo(spec.outOfCatalogueLimits().get("alxa-left-banner").get("LEVEL2")));
  }

  @Test
  void aNumberWithoutSourceIsRefusedNamingWhere(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("indicators.yaml");
    Files.writeString(f, "poverty_lines:\n  - year: 2018\n    yuan_per_person: 2995\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorsConfig.load(f));
    assertTrue(e.getMessage().contains("poverty_lines[0]: source is missing"), e.getMessage());
  }

  @Test
  void aTargetRatioAboveOneIsRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("indicators.yaml");
    Files.writeString(f, "targets:\n  - {policy_id: x, name: t, measure: ACTUAL, categories: [POOR],"
        + " visit_types: [INPATIENT], ratio: 90, source: assumption}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorsConfig.load(f));
    assertTrue(e.getMessage().contains("targets[0]") && e.getMessage().contains("ratio 90"), e.getMessage());
  }
}
