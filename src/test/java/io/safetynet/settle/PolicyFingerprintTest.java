package io.safetynet.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.safetynet.engine.SettlementEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The settle fingerprint changes with the policy files and with the engine's rules version, so a warehouse settled
 * before the owners' rulings (R1-R8) is re-settled once in full on the next run.
 */
class PolicyFingerprintTest {
  private static final Path POLICIES = Path.of("conf/policies");

  @Test
  void aNewRulesVersionChangesTheFingerprintOfTheSamePolicyFiles() {
    long now = PolicyFingerprint.of(POLICIES);
    assertEquals(now, PolicyFingerprint.of(POLICIES, SettlementEngine.RULES_VERSION));
    assertEquals(now, PolicyFingerprint.of(POLICIES), "the same files and rules give the same fingerprint");
    assertNotEquals(now, PolicyFingerprint.of(POLICIES, "before the 2026-12-07 rulings"));
  }

  @Test
  void aPolicyFileChangesTheFingerprint() {
    assertNotEquals(PolicyFingerprint.of(POLICIES.resolve("gansu-2018.yaml")),
        PolicyFingerprint.of(POLICIES.resolve("fuxin-2019.yaml")));
  }
}
