package io.safetynet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.policy.Policy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRegistryTest {
  @TempDir Path dir;

  private static final PolicyRegistry SHIPPED = PolicyRegistry.loadAll(PolicyFiles.dir());

  @Test
  void picksTheRegionsPolicy() {
    assertEquals("xiaogan", SHIPPED.forRegion("420922", 2018).id());   // Dawu county
    assertEquals("gansu", SHIPPED.forRegion("620421", 2018).id());
    assertEquals("fuxin", SHIPPED.forRegion("210921", 2019).id());
    assertEquals("alxa-left-banner", SHIPPED.forRegion("152921", 2019).id());
    assertEquals("shanghai", SHIPPED.forRegion("310115", 2017).id());
  }

  @Test
  void aPolicyStaysInForceUntilALaterOneStarts() {
    assertEquals("fuxin", SHIPPED.forRegion("210921", 2021).id());
    assertEquals("xiaogan", SHIPPED.forRegion("420922", 2020).id());
  }

  @Test
  void unknownRegionFailsClearly() {
    var e = assertThrows(IllegalArgumentException.class, () -> SHIPPED.forRegion("999999", 2019));
    assertTrue(e.getMessage().startsWith("no policy covers region code 999999 in 2019"), e.getMessage());
    assertTrue(e.getMessage().contains("xiaogan [4209] from 2018"), e.getMessage());
    assertTrue(e.getMessage().contains("Fix: add a policy file to conf/policies"), e.getMessage());
  }

  @Test
  void aYearBeforeThePolicyStartsIsNotCovered() {
    var e = assertThrows(IllegalArgumentException.class, () -> SHIPPED.forRegion("420922", 2017));
    assertTrue(e.getMessage().contains("420922 in 2017"), e.getMessage());
  }

  @Test
  void aLaterPolicySupersedesAnEarlierOne() throws IOException {
    copy("xiaogan-2018.yaml", "a-2018.yaml", "id: xiaogan", "id: xiaogan");
    copy("xiaogan-2018.yaml", "b-2020.yaml", "validFrom: 2018-01-01", "validFrom: 2020-01-01", "id: xiaogan", "id: xiaogan-2020");
    PolicyRegistry r = PolicyRegistry.loadAll(dir);
    assertEquals("xiaogan", r.forRegion("420922", 2019).id());
    assertEquals("xiaogan-2020", r.forRegion("420922", 2020).id());
    assertEquals("xiaogan-2020", r.forRegion("420922", 2025).id());
  }

  @Test
  void twoPoliciesForTheSameCountyAndYearFail() throws IOException {
    copy("xiaogan-2018.yaml", "a.yaml", "id: xiaogan", "id: xiaogan");
    copy("xiaogan-2018.yaml", "b.yaml", "regionCodePrefixes: [\"4209\"]", "regionCodePrefixes: [\"420922\"]",
        "id: xiaogan", "id: dawu");
    var e = assertThrows(PolicyConfigException.class, () -> PolicyRegistry.loadAll(dir));
    assertTrue(e.getMessage().contains("b.yaml: regionCodePrefixes: region prefix 420922 is also claimed by a.yaml for 2018"),
        e.getMessage());
    assertTrue(e.fix().contains("express the change as an amendment"), e.getMessage());
  }

  @Test
  void anExplicitValidToOverlappingALaterPolicyFails() throws IOException {
    copy("xiaogan-2018.yaml", "a.yaml", "validFrom: 2018-01-01", "validFrom: 2018-01-01\nvalidTo: 2020-12-31");
    copy("xiaogan-2018.yaml", "b.yaml", "validFrom: 2018-01-01", "validFrom: 2020-01-01", "id: xiaogan", "id: later");
    var e = assertThrows(PolicyConfigException.class, () -> PolicyRegistry.loadAll(dir));
    assertTrue(e.getMessage().contains("b.yaml: regionCodePrefixes: region prefix 4209 is also claimed by a.yaml for 2020"),
        e.getMessage());
  }

  @Test
  void theFirstBadFileFailsTheLoadAndIsNamed() throws IOException {
    copy("xiaogan-2018.yaml", "a.yaml", "id: xiaogan", "id: xiaogan");
    copy("gansu-2018.yaml", "b.yaml", "  threshold: 3000", "  threshold: -3000");
    var e = assertThrows(PolicyConfigException.class, () -> PolicyRegistry.loadAll(dir));
    assertTrue(e.getMessage().contains("b.yaml: assistance.threshold: amount -3000 is negative"), e.getMessage());
  }

  @Test
  void emptyOrMissingDirectoryFails() {
    assertTrue(assertThrows(PolicyConfigException.class, () -> PolicyRegistry.loadAll(dir)).getMessage()
        .contains("no *.yaml policy files"));
    assertTrue(assertThrows(PolicyConfigException.class, () -> PolicyRegistry.loadAll(dir.resolve("none"))).getMessage()
        .contains("policy directory not found"));
  }

  @Test
  void registrySurvivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SHIPPED);
    }
    PolicyRegistry back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (PolicyRegistry) in.readObject();
    }
    Policy fuxin = back.forRegion("210921", 2020);
    assertEquals(SHIPPED.forRegion("210921", 2020), fuxin);
    assertEquals(5, back.all().size());
  }

  /** Copies a shipped file into the temp dir with pairs of exact replacements (each must match). */
  private void copy(String from, String to, String... replacements) throws IOException {
    String text = Files.readString(PolicyFiles.file(from));
    for (int i = 0; i < replacements.length; i += 2) {
      assertTrue(text.contains(replacements[i]), from + " lacks " + replacements[i]);
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Files.writeString(dir.resolve(to), text);
  }
}
