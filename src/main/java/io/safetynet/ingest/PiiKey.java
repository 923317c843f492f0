package io.safetynet.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The secret key for pseudonymising personal data. Resolved in this order: the {@code --pii-key-file} option,
 * env {@code SAFETYNET_PII_KEY_FILE}, env {@code SAFETYNET_PII_KEY}; only when none is set and the input is the
 * project's own {@code sample-data/} directory, a built-in sample key (with a warning). {@link #toString()}
 * never shows the key.
 */
public final class PiiKey implements Serializable {
  public static final String ENV_KEY = "SAFETYNET_PII_KEY";
  public static final String ENV_KEY_FILE = "SAFETYNET_PII_KEY_FILE";
  static final int MIN_BYTES = 16;
  private static final String SAMPLE_KEY = "safetynet-sample-data-key-not-secret";

  private final byte[] bytes;
  private final String source;
  private final boolean sample;

  private PiiKey(byte[] bytes, String source, boolean sample) {
    if (bytes.length < MIN_BYTES) {
      throw new IngestException("The personal-data key from " + source + " is " + bytes.length
          + " bytes long; it must be at least " + MIN_BYTES + " bytes. Generate one with e.g. "
          + "`head -c 32 /dev/urandom | base64 > pii.key` and pass --pii-key-file pii.key.");
    }
    this.bytes = bytes.clone();
    this.source = source;
    this.sample = sample;
  }

  public static PiiKey of(String secret) {
    return new PiiKey(secret.getBytes(StandardCharsets.UTF_8), "the given secret", false);
  }

  /**
   * @param keyFile the {@code --pii-key-file} option, or null
   * @param env the process environment
   * @param input the input directory being ingested
   * @param sampleData the project's sample-data directory (the only input allowed the built-in key)
   */
  public static PiiKey resolve(Path keyFile, Map<String, String> env, Path input, Path sampleData) {
    if (keyFile != null) {
      return fromFile(keyFile, "--pii-key-file " + keyFile);
    }
    String envFile = env.get(ENV_KEY_FILE);
    if (envFile != null && !envFile.isBlank()) {
      return fromFile(Path.of(envFile), ENV_KEY_FILE + "=" + envFile);
    }
    String envKey = env.get(ENV_KEY);
    if (envKey != null && !envKey.isBlank()) {
      return new PiiKey(envKey.strip().getBytes(StandardCharsets.UTF_8), "env " + ENV_KEY, false);
    }
    if (input != null && sampleData != null && isSameDirectory(input, sampleData)) {
      return new PiiKey(SAMPLE_KEY.getBytes(StandardCharsets.UTF_8), "the built-in sample key", true);
    }
    throw new IngestException("No key for pseudonymising personal data (id_number, name, phone). Set env "
        + ENV_KEY + " to a secret of at least " + MIN_BYTES + " characters, or put the secret in a file and "
        + "pass --pii-key-file FILE (or set env " + ENV_KEY_FILE + "). Keep the same key for every run: the "
        + "pseudonyms of earlier loads depend on it. (A built-in key is used only for the project's sample-data/.)");
  }

  private static PiiKey fromFile(Path file, String source) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return new PiiKey(text.getBytes(StandardCharsets.UTF_8), source, false);
    } catch (IOException e) {
      throw new IngestException("Cannot read the personal-data key file " + file + " (" + e.getMessage()
          + "). Check the path given by " + source + " and that this user may read it.");
    }
  }

  private static boolean isSameDirectory(Path a, Path b) {
    try {
      return Files.isDirectory(a) && Files.isDirectory(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  byte[] bytes() {
    return bytes.clone();
  }

  /** Where the key came from (never the key itself). */
  public String source() {
    return source;
  }

  /** True for the built-in sample key: pseudonyms made with it protect nothing. */
  public boolean isSample() {
    return sample;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PiiKey k && Arrays.equals(bytes, k.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "PiiKey[" + source + "]";
  }
}
