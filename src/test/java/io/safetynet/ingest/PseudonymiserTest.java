package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiserTest {
  private static final String ID = "11010519491231002X";

  @Test
  void sameKeySameHashOtherKeyOtherHash() {
    Pseudonymiser a = new Pseudonymiser(PiiKey.of("first-secret-key-1234"));
    Pseudonymiser a2 = new Pseudonymiser(PiiKey.of("first-secret-key-1234"));
    Pseudonymiser b = new Pseudonymiser(PiiKey.of("other-secret-key-5678"));
    assertEquals(a.pseudonym("id_number", ID), a2.pseudonym("id_number", ID));
    assertNotEquals(a.pseudonym("id_number", ID), b.pseudonym("id_number", ID));
    assertTrue(a.pseudonym("id_number", ID).matches("[0-9a-f]{64}"));
    assertNull(a.pseudonym("name", null));
  }

  @Test
  void idNumbersAreNormalisedBeforeHashing() {
    Pseudonymiser p = new Pseudonymiser(PiiKey.of("first-secret-key-1234"));
    assertEquals(p.pseudonym("id_number", ID), p.pseudonym("id_number", " 11010519491231002x "));
    assertNotEquals(p.pseudonym("name", "abc"), p.pseudonym("name", "ABC"));
  }

  @Test
  void matchesTheHmacSha256Definition() throws Exception {
    // RFC 4231 test case 2 data with a longer key, checked against javax.crypto directly
    String key = "Jefe-but-long-enough-key";
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(), "HmacSHA256"));
    String expected = java.util.HexFormat.of().formatHex(mac.doFinal("what do ya want for nothing?".getBytes()));
    assertEquals(expected, new Pseudonymiser(PiiKey.of(key)).hmac("what do ya want for nothing?"));
  }

  @Test
  void keyResolutionOrderAndRefusal(@TempDir Path tmp) throws Exception {
    Path keyFile = tmp.resolve("pii.key");
    Files.writeString(keyFile, "file-secret-0123456789\n");
    Path input = Files.createDirectories(tmp.resolve("in"));
    Path sample = Files.createDirectories(tmp.resolve("sample-data"));
    Map<String, String> env = Map.of(PiiKey.ENV_KEY, "env-secret-0123456789");
    assertEquals(PiiKey.of("file-secret-0123456789"), PiiKey.resolve(keyFile, env, input, sample));
    assertEquals(PiiKey.of("env-secret-0123456789"), PiiKey.resolve(null, env, input, sample));
    assertTrue(PiiKey.resolve(null, Map.of(), sample, sample).isSample());
    IngestException none = assertThrows(IngestException.class, () -> PiiKey.resolve(null, Map.of(), input, sample));
    assertTrue(none.getMessage().startsWith("No key for pseudonymising personal data"), none.getMessage());
    assertTrue(none.getMessage().contains("Set env SAFETYNET_PII_KEY"));
    IngestException shortKey = assertThrows(IngestException.class,
        () -> PiiKey.resolve(null, Map.of(PiiKey.ENV_KEY, "short"), input, sample));
    assertTrue(shortKey.getMessage().contains("is 5 bytes long; it must be at least 16 bytes"));
    assertEquals("PiiKey[env SAFETYNET_PII_KEY]", PiiKey.resolve(null, env, input, sample).toString());
  }
}
