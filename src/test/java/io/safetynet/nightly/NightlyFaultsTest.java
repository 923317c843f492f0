package io.safetynet.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.WarehouseLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job as the launcher runs it, in child JVMs on the sample data: two runs started at once on one
 * warehouse, and a run SIGKILLed in the middle of every stage (one stage per attempt, each attempt re-running
 * the stages before it) and then run to completion. The finished warehouses must hold the same tables with the
 * same rows as an uninterrupted run's.
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyFaultsTest {
  private static final long RUN_SECONDS = 600;

  @TempDir static Path tmp;
  /** The warehouse of the run that won the lock in {@link #twoRunsAtOnce}: the uninterrupted reference. */
  private static Path reference;

  @Test
  @Order(1)
  void twoRunsAtOnceOneIsRefusedCleanlyAndTheOtherCompletes() throws Exception {
    Path wh = tmp.resolve("concurrent");
    try (ChildJvm a = ChildJvm.nightly(wh, tmp.resolve("a.err"), List.of());
        ChildJvm b = ChildJvm.nightly(wh, tmp.resolve("b.err"), List.of())) {
      // the loser fails before it starts Spark, so it ends long before the winner
      ChildJvm loser = null;
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (loser == null && System.nanoTime() < deadline) {
        loser = !a.isAlive() ? a : !b.isAlive() ? b : null;
        Thread.sleep(200);
      }
      assertTrue(loser != null, "neither run ended within 120 s: " + a.describe() + b.describe());
      ChildJvm winner = loser == a ? b : a;
      assertEquals(1, loser.waitFor(10), loser.describe());
      String err = loser.stderr();
      // the holder is named by pid, or "pid unknown" when both started in the same instant and the winner has
      // not written its pid yet
      assertTrue(err.startsWith("safetynet nightly: Another safetynet run (pid " + winner.pid() + ", started ")
          || err.startsWith("safetynet nightly: Another safetynet run (pid unknown)"), err);
      assertTrue(err.contains("holds the warehouse lock " + wh.resolve(WarehouseLock.FILE_NAME)), err);
      assertTrue(err.contains("Wait for it to finish, or use a different --warehouse."), err);
      assertFalse(err.contains("\tat "), "no stack trace: " + err);
      assertFalse(loser.printed("== ingest"), "the refused run must not start a stage: " + loser.stdout());
      assertEquals(0, winner.waitFor(RUN_SECONDS), winner.describe());
      assertTrue(winner.printed("== dashboard done"), winner.stdout());
    }
    reference = wh;
    assertEquals(List.of("claims", "enrolment", "facilities", "households", "ind_fund_spending", "ind_illness_poverty",
        "ind_out_of_catalogue", "ind_reimbursement", "ind_service", "ind_target_gap", "inspection_flags",
        "quarantine", "reconciliation", "referrals", "settlement"), WarehouseComparison.tables(wh));
  }

  /** Where to kill: a stdout line that shows the stage is under way, and how long after it. */
  private record KillPoint(String stage, Predicate<String> line, long delayMillis) {}

  @Test
  @Order(2)
  void killedInEveryStageThenRerunEqualsAnUninterruptedRun() throws Exception {
    if (reference == null) {
      reference = tmp.resolve("reference");
      try (ChildJvm r = ChildJvm.nightly(reference, tmp.resolve("ref.err"), List.of())) {
        assertEquals(0, r.waitFor(RUN_SECONDS), r.describe());
      }
    }
    Path wh = tmp.resolve("killed");
    List<KillPoint> points = List.of(
        // facilities are merged; enrolment is being written (its table's first commit)
        new KillPoint("ingest", l -> l.startsWith("facilities "), 300),
        // the person-years are counted; the settlement table's first write is running
        new KillPoint("settle", l -> l.startsWith("settle: settling"), 1500),
        new KillPoint("indicators", l -> l.equals("== indicators"), 4000),
        new KillPoint("inspect", l -> l.equals("== inspect"), 1500),
        new KillPoint("dashboard", l -> l.equals("== dashboard"), 300));
    List<String> report = new ArrayList<>();
    int attempt = 0;
    for (KillPoint k : points) {
      attempt++;
      try (ChildJvm run = ChildJvm.nightly(wh, tmp.resolve("kill-" + attempt + ".err"), List.of())) {
        assertTrue(run.awaitLine(k.line(), RUN_SECONDS), "never reached the " + k.stage() + " stage: "
            + run.describe());
        Thread.sleep(k.delayMillis());
        run.kill();
        report.add(k.stage() + (run.printed("== " + k.stage() + " done") ? " (had finished)" : " (mid-stage)"));
      }
    }
    try (ChildJvm last = ChildJvm.nightly(wh, tmp.resolve("final.err"), List.of())) {
      assertEquals(0, last.waitFor(RUN_SECONDS), "the run after the kills: " + last.describe());
    }
    System.out.println("NightlyFaultsTest: killed in " + report);

    assertEquals(WarehouseComparison.tables(reference), WarehouseComparison.tables(wh));
    assertEquals(List.of(), WarehouseComparison.differences(reference, wh, WarehouseComparison.tables(reference)));
    assertEquals(List.of(), halfWritten(wh), "directories that are not a whole Delta table");
    String html = Files.readString(wh.resolve("dashboard/index.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.strip().endsWith("</html>"), "a whole dashboard");
    assertEquals(Files.readString(reference.resolve("dashboard/index.html")).length(), html.length(),
        "the dashboard after the kills has the reference run's size");
  }

  /** Warehouse entries other than Delta tables, the dashboard and the lock file. */
  private static List<String> halfWritten(Path wh) throws Exception {
    try (Stream<Path> s = Files.list(wh)) {
      return s.filter(p -> !p.getFileName().toString().equals("dashboard")
              && !p.getFileName().toString().equals(WarehouseLock.FILE_NAME)
              && !Files.isDirectory(p.resolve("_delta_log")))
          .map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
