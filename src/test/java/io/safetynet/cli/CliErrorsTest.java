package io.safetynet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes through the real command line: one line saying what was wrong and what to do, the right exit code. */
class CliErrorsTest {
  @TempDir static Path dir;
  static String warehouse;
  private StringWriter out;
  private StringWriter err;

  @BeforeAll
  static void warehouse() {
    warehouse = dir.resolve("wh").toString();
    TestSpark.session().sql("SELECT 'X1' AS claim_id, 'F\u001b]0;pwned\u0007\u001b[2J' AS facility_id")
        .write().format("delta").save(warehouse + "/settlement");
  }

  @BeforeEach
  void streams() {
    out = new StringWriter();
    err = new StringWriter();
  }

  private int run(String... args) {
    CliContext ctx = new CliContext(name -> TestSpark.session(), Map.of(), Path.of("").toAbsolutePath(),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return Main.run(args, ctx);
  }

  private String oneLine() {
    String e = err.toString();
    assertEquals(1, e.lines().count(), e);
    assertFalse(e.contains("not a known input problem") || e.contains("\tat "), e);
    return e.strip();
  }

  @Test
  void exportOfAMisspeltTableIsAUsageError() {
    assertEquals(2, run("export", "--warehouse", warehouse, "--table", "settlment", "--output",
        dir.resolve("s.csv").toString()));
    assertEquals("safetynet export: no table 'settlment' in warehouse " + warehouse + "; did you mean 'settlement'?"
        + " Tables: settlement", oneLine());
  }

  @Test
  void explainOfAnUnknownClaimSaysHowToFindOne() {
    assertEquals(1, run("explain", "--warehouse", warehouse, "--claim", "NOSUCH"));
    assertEquals("safetynet explain: no claim NOSUCH in the settlement table; try `sql \"select claim_id from"
        + " settlement limit 5\"`, or run settle if the claim was ingested since", oneLine());
  }

  @Test
  void sqlWithAMisspeltColumnShowsSparksShortMessageWithoutThePlan() {
    assertEquals(1, run("sql", "--warehouse", warehouse, "select claim_idd from settlement"));
    assertEquals("safetynet sql: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name"
        + " `claim_idd` cannot be resolved. Did you mean one of the following? [`claim_id`, `facility_id`].; line 1"
        + " pos 7; fix the query (`jobs/safetynet sql \"show tables\"` lists the tables)", oneLine());
  }

  @Test
  void sqlOutputCannotDriveTheTerminal() {
    assertEquals(0, run("sql", "--warehouse", warehouse, "select facility_id from settlement"));
    String o = out.toString();
    assertTrue(o.contains("|F\\u001B]0;pwned\\a\\u001B[2J|"), o);
    assertEquals(0, o.chars().filter(c -> c == 0x1b || c == 0x07).count(), o);
  }
}
