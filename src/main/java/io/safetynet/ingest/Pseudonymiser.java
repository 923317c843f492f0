package io.safetynet.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for personal data: lower-case hex HMAC-SHA256 of the normalised value. A plain SHA-256 of an
 * 18-digit ID number is brute-forced in hours (about 10^11 candidates); without the key the HMAC is not.
 * Not thread-safe (one {@link Mac}); make one per Spark partition.
 */
public final class Pseudonymiser {
  private final Mac mac;

  public Pseudonymiser(PiiKey key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /**
   * The pseudonym of a personal field, or null for null. Values are trimmed and an ID number's check letter
   * upper-cased first, so the same person gets the same pseudonym whatever the spelling of the file.
   */
  public String pseudonym(String field, String value) {
    if (value == null) {
      return null;
    }
    String normal = value.strip();
    if (field.equals("id_number")) {
      normal = normal.toUpperCase(java.util.Locale.ROOT);
    }
    return hmac(normal);
  }

  /** Hex HMAC-SHA256 of any text (also used to fingerprint quarantined records without storing them). */
  public String hmac(String text) {
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
