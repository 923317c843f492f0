package io.safetynet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static BenchResult result(List<StageMeasure> stages) {
    return new BenchResult(100_000, 2, 2, 8L << 30, 1.5, 2.25,
        new EngineCeiling.Result(200_000, 1_000_000, 250_000, 5.0, 400_000), stages,
        Map.of("settlement", new TableSizes.Size(3 << 20, 4, 2 << 20)), 190_000, 1_900);
  }

  @Test
  void stageLineHasRowsSecondsRatePerCorePeakHeapAndSpill() {
    // 800,000 rows in 40 s on 2 cores = 10,000 rows/s/core
    String report = BenchReport.format(result(List.of(
        new StageMeasure(BenchResult.SETTLE, 800_000, 40.0, -1, 3L << 30, 3L << 29, "claims"))));
    assertTrue(report.contains("settle             800,000      40.0        10,000         -           -    3.0 GiB    "
        + "1.5 GiB  claims"), report);
    assertTrue(report.contains("load average 1.50 at start, 2.25 at end"), report);
    assertTrue(report.contains("engine ceiling (in memory, 1 thread): 200,000 claims/s/core (1,000,000 claims in "
        + "5.0 s); 400,000 claims per CPU second"), report);
  }

  @Test
  void settleIsReportedAsShareOfTheCeiling() {
    String report = BenchReport.format(result(List.of(
        new StageMeasure(BenchResult.SETTLE, 800_000, 40.0, -1, 0, 0, "claims"))));
    // 10,000 of 200,000 claims/s/core
    assertTrue(report.contains("settle: 10,000 claims/s/core = 5.0% of the engine's in-memory ceiling"), report);
  }

  @Test
  void writeFloorIsReportedAsShareOfTheCeilingBesideSettle() {
    String report = BenchReport.format(result(List.of(
        new StageMeasure(BenchResult.SETTLE, 800_000, 40.0, -1, 0, 0, "claims"),
        new StageMeasure(BenchResult.WRITE_FLOOR, 800_000, 10.0, -1, 0, 0, "rows"))));
    // 800,000 rows / 10 s / 2 cores = 40,000 rows/s/core of the 200,000 ceiling
    assertTrue(report.contains("write floor: reading and writing the settlement table again, nothing settled: "
        + "40,000 rows/s/core = 20.0% of the ceiling"), report);
    String without = BenchReport.format(result(List.of(
        new StageMeasure(BenchResult.SETTLE, 800_000, 40.0, -1, 0, 0, "claims"))));
    assertFalse(without.contains("write floor"), without);
  }

  @Test
  void incrementalDayIsComparedWithTheFullIngestAndSettle() {
    String report = BenchReport.format(result(List.of(
        new StageMeasure(BenchResult.INGEST, 1_000, 60.0, -1, 0, 0, ""),
        new StageMeasure(BenchResult.SETTLE, 1_000, 40.0, -1, 0, 0, ""),
        new StageMeasure(BenchResult.INDICATORS, 1_000, 20.0, -1, 0, 0, ""),
        new StageMeasure(BenchResult.DAY_INGEST, 10, 6.0, -1, 0, 0, ""),
        new StageMeasure(BenchResult.DAY_SETTLE, 1_000, 14.0, -1, 0, 0, ""))));
    assertTrue(report.contains("full nightly (ingest + settle + indicators): 120.0 s (2.0 min)"), report);
    // 1,900 of 190,000 = 1.00%; 20 s of 100 s = 20.0%; settle 14 of 40 = 35.0%
    assertTrue(report.contains("incremental day: 1,900 of 190,000 person-years re-settled (1.00%); ingest + settle "
        + "20.0 s = 20.0% of the full 100.0 s (settle alone 35.0%)"), report);
  }

  @Test
  void simulateRatioOrNotAvailable() {
    String without = BenchReport.format(result(List.of(StageMeasure.skipped("simulate", "not available"))));
    assertTrue(without.contains("simulate: not run (--skip-simulate)"), without);
    assertTrue(without.contains("simulate                 -         -             -         -           -          -"
        + "          -  not available"), without);
    String with = BenchReport.format(result(List.of(
        new StageMeasure(BenchResult.SIMULATE_1, 1, 10.0, -1, 0, 0, ""),
        new StageMeasure(BenchResult.SIMULATE_5, 5, 16.0, -1, 0, 0, ""))));
    assertTrue(with.contains("simulate: 5 scenarios cost 1.60 x one scenario"), with);
    assertFalse(with.contains("not available"), with);
  }

  @Test
  void cpuSecondsGiveRowsPerCpuSecondAndTheFairShareOfTheCeiling() {
    // 800,000 rows with 20 CPU seconds = 40,000 rows per CPU second = 10% of the ceiling's 400,000 per CPU second
    String report = BenchReport.format(result(List.of(
        new StageMeasure(BenchResult.SETTLE, 800_000, 40.0, 20.0, 0, 0, "claims"))));
    assertTrue(report.contains("      20.0      40,000"), report);
    assertTrue(report.contains("settle by CPU time (fair on a busy machine): 40,000 claims per CPU second = 10.0% of "
        + "the ceiling's 400,000"), report);
  }

  @Test
  void tableLinesShowSizeFilesAndAverageFile() {
    String report = BenchReport.format(result(List.of()));
    assertTrue(report.contains("settlement                3.0 MiB           4   512.0 KiB"), report);
  }

  @Test
  void bytesInBinaryUnits() {
    assertEquals("300 B", BenchReport.bytes(300));
    assertEquals("1.5 KiB", BenchReport.bytes(1536));
    assertEquals("2.0 GiB", BenchReport.bytes(2L << 30));
  }

  @Test
  void ratePerCoreIsZeroForASkippedStage() {
    assertEquals(0, StageMeasure.skipped("x", "why").rowsPerSecondPerCore(2));
    assertEquals(250, new StageMeasure("x", 1_000, 2.0, -1, 0, 0, "").rowsPerSecondPerCore(2));
  }
}
