package io.safetynet.settle;

import io.safetynet.engine.SettlementEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A fingerprint of the policy configs' bytes and the engine's {@link SettlementEngine#RULES_VERSION}: any edit to a
 * policy file, or a new reading of the rules, changes every person-year's input hash, so the next settle
 * recomputes everything under the new rules.
 */
final class PolicyFingerprint {
  private PolicyFingerprint() {}

  static long of(Path policies) {
    return of(policies, SettlementEngine.RULES_VERSION);
  }

  /** The fingerprint under a given rules version (a test shows a new version re-settles everything). */
  static long of(Path policies, String rulesVersion) {
    try {
      List<Path> files;
      if (Files.isDirectory(policies)) {
        try (Stream<Path> s = Files.list(policies)) {
          files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
      } else {
        files = List.of(policies);
      }
      CRC32 crc = new CRC32();
      long h = 17;
      crc.update(rulesVersion.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      h = h * 31 + crc.getValue();
      for (Path f : files) {
        crc.reset();
        crc.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        crc.update(Files.readAllBytes(f));
        h = h * 31 + crc.getValue();
      }
      return h;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy configs at " + policies, e);
    }
  }
}
