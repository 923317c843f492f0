package io.safetynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, Path home, String... args) {
    CliContext ctx = new CliContext(name -> {
      throw new AssertionError("no Spark session expected");
    }, env, home, new PrintWriter(out, true), new PrintWriter(err, true));
    return Main.run(args, ctx);
  }

  @Test
  void helpListsCommandsAndExitsZero(@TempDir Path home) {
    assertEquals(0, run(Map.of(), home, "--help"));
    assertTrue(out.toString().contains("Usage: safetynet [-hV] [--verbose] [--warehouse=DIR] [COMMAND]"), out.toString());
    assertTrue(out.toString().contains("ingest"), out.toString());
  }

  @Test
  void everyCommandHasHelpAndWarehouse(@TempDir Path home) {
    assertEquals(0, run(Map.of(), home, "ingest", "--help"));
    assertTrue(out.toString().contains("--warehouse=DIR"), out.toString());
    assertTrue(out.toString().contains("--input=DIR"), out.toString());
  }

  @Test
  void badOptionIsUsageErrorTwo(@TempDir Path home) {
    assertEquals(2, run(Map.of(), home, "ingest", "--input", "x", "--bogus"));
    assertTrue(err.toString().startsWith("Unknown option: '--bogus'"), err.toString());
    assertEquals(2, run(Map.of(), home, "ingest"));
    assertTrue(err.toString().contains("Missing required option: '--input=DIR'"), err.toString());
    assertEquals(2, run(Map.of(), home));
    assertTrue(err.toString().contains("Missing command."));
  }

  @Test
  void missingKeyIsJobErrorOneWithWhatToDo(@TempDir Path home) throws Exception {
    Path input = java.nio.file.Files.createDirectories(home.resolve("in"));
    assertEquals(1, run(Map.of(), home, "ingest", "--input", input.toString()));
    String e = err.toString();
    assertTrue(e.startsWith("safetynet ingest: No key for pseudonymising personal data"), e);
    assertTrue(!e.contains("\tat "), "no stack trace without --verbose");
    assertEquals(1, run(Map.of(), home, "--verbose", "ingest", "--input", input.toString()));
    assertTrue(err.toString().contains("\tat io.safetynet.ingest.PiiKey.resolve"), err.toString());
  }

  @Test
  void benchRefusesAWarehouseSinceItDeletesItsOwn(@TempDir Path home) {
    assertEquals(2, run(Map.of(), home, "bench", "--warehouse", home.resolve("wh").toString()));
    assertTrue(err.toString().startsWith("safetynet bench: --warehouse is not used by the bench"), err.toString());
    assertEquals(2, run(Map.of(), home, "--warehouse", home.resolve("wh").toString(), "bench"));
    assertTrue(!java.nio.file.Files.exists(home.resolve("bench-work")), "nothing was created");
  }

  @Test
  void lockedWarehouseIsRefused(@TempDir Path home) throws Exception {
    Path wh = home.resolve("wh");
    Path input = java.nio.file.Files.createDirectories(home.resolve("in"));
    try (var lock = io.safetynet.spark.WarehouseLock.acquire(wh)) {
      int code = run(Map.of("SAFETYNET_PII_KEY", "0123456789abcdef0123"), home,
          "ingest", "--warehouse", wh.toString(), "--input", input.toString());
      assertEquals(1, code);
      assertTrue(err.toString().startsWith("safetynet ingest: Another safetynet run (pid "), err.toString());
    }
  }

  @Test
  void controlCharactersNeverReachTheTerminal(@TempDir Path home) {
    // the value of a bad option is echoed back: its ESC sequence is shown, not obeyed
    assertEquals(2, run(Map.of(), home, "ingest", "--input", "x", "--bogus\u001b]0;pwned\u0007\u001b[2J"));
    String e = err.toString();
    assertTrue(e.startsWith("Unknown option: '--bogus\\u001B]0;pwned\\u0007\\u001B[2J'"), e);
    assertTrue(e.chars().noneMatch(c -> c == 0x1b || c == 0x07), e);
  }

  @Test
  void exportUsageErrorsExitTwoInOneLine(@TempDir Path home) {
    assertEquals(2, run(Map.of(), home, "export", "--table", "settlement", "--format", "xml", "--output", "x.csv"));
    assertTrue(err.toString().contains("Invalid value for option '--format'"), err.toString());
  }

  @Test
  void knownErrorsAreOneLineWithTheirExitCode() {
    var usage = KnownErrors.of(new io.safetynet.spark.UnknownTableException("no table 'settlment'\n in X"));
    assertEquals(new KnownErrors.Known(2, "no table 'settlment' in X"), usage.orElseThrow());
    // a policy error thrown inside a Spark task arrives wrapped: still the user's to fix
    var wrapped = KnownErrors.of(new RuntimeException("Job aborted", new io.safetynet.config.PolicyConfigException(
        "conf/policies/x.yaml", "basic.inpatient.ratio", "0.8x is not a number", "write a decimal such as 0.8")));
    assertEquals(new KnownErrors.Known(1, "conf/policies/x.yaml: basic.inpatient.ratio: 0.8x is not a number. Fix:"
        + " write a decimal such as 0.8"), wrapped.orElseThrow());
    assertTrue(KnownErrors.of(new NullPointerException()).isEmpty(), "a bug stays a bug");
  }

  @Test
  void aPolicyConfigErrorIsOneLineWithoutTrace(@TempDir Path home) throws Exception {
    Path policy = java.nio.file.Files.writeString(home.resolve("bad.yaml"), "id: [unclosed\n");
    int code = run(Map.of(), home, "settle", "--warehouse", home.resolve("wh").toString(), "--policy",
        policy.toString());
    String e = err.toString();
    assertEquals(1, code, e);
    assertTrue(e.startsWith("safetynet settle: " + policy), e);
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(!e.contains("not a known input problem"), e);
  }

  @Test
  void simulateOptionOutOfRangeIsUsageAndAScenarioErrorIsOneLine(@TempDir Path dir) {
    Path project = Path.of("").toAbsolutePath();
    String wh = dir.resolve("wh").toString();
    assertEquals(2, run(Map.of(), project, "simulate", "--warehouse", wh, "--scenario",
        "conf/scenarios/xiaogan-critical-deductible-3000.yaml", "--elasticity", "5"));
    assertEquals("safetynet simulate: --elasticity 5.0 is outside [-2, 0]: admissions fall as their price rises, so E"
        + " is negative; the RAND HIE estimate is about -0.2", err.toString().strip());
    err.getBuffer().setLength(0);
    assertEquals(1, run(Map.of(), project, "simulate", "--warehouse", wh, "--scenario", "no-such-scenario.yaml"));
    String e = err.toString();
    assertTrue(e.startsWith("safetynet simulate: ") && e.contains("no-such-scenario.yaml"), e);
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(!e.contains("not a known input problem"), e);
  }
}
