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
}
