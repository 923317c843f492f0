package io.safetynet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules engine (policy model + settlement) is plain Java: no Spark, Delta, Hadoop, Scala or Jackson import, so
 * the same functions run in a unit test, a Spark task and a planner's scenario (DESIGN.md "Boundaries").
 */
class EngineBoundaryTest {
  private static final List<String> FORBIDDEN =
      List.of("org.apache.spark", "io.delta", "org.apache.hadoop", "scala.", "com.fasterxml");

  @Test
  void engineAndPolicyImportNoFrameworks() throws IOException {
    int files = 0;
    for (String pkg : List.of("engine", "policy")) {
      try (Stream<Path> s = Files.walk(Path.of("src/main/java/io/safetynet", pkg))) {
        for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          for (String line : Files.readAllLines(f)) {
            for (String bad : FORBIDDEN) {
              assertTrue(!line.contains(bad), f + " refers to " + bad + ": " + line.trim());
            }
          }
        }
      }
    }
    assertTrue(files > 20, "scanned " + files + " files");
  }

  private static final java.util.regex.Pattern MONEY_ROUNDING =
      java.util.regex.Pattern.compile("setScale\\(\\s*2\\s*,\\s*(java\\.math\\.)?RoundingMode\\.(HALF|UP|DOWN|CEILING|FLOOR)");

  /** Money is rounded to 0.01 in one place, {@link Money#round}. */
  @Test
  void roundingLivesInMoneyOnly() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      List<Path> offenders = s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("Money.java"))
          .filter(p -> {
            try {
              return MONEY_ROUNDING.matcher(Files.readString(p)).find();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
      assertEquals(List.of(), offenders);
    }
  }
}
