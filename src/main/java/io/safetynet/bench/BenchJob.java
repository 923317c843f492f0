package io.safetynet.bench;

import io.safetynet.simulate.BenchScenarios;
import io.safetynet.generate.DataGenerator;
import io.safetynet.generate.Spec;
import io.safetynet.indicators.IndicatorsJob;
import io.safetynet.indicators.IndicatorsResult;
import io.safetynet.indicators.PolicySettings;
import io.safetynet.ingest.IngestJob;
import io.safetynet.ingest.IngestResult;
import io.safetynet.ingest.IngestSpec;
import io.safetynet.ingest.PiiKey;
import io.safetynet.settle.Policies;
import io.safetynet.settle.SettleJob;
import io.safetynet.settle.SettleResult;
import io.safetynet.settle.SettleSpec;
import io.safetynet.spark.LocalFiles;
import io.safetynet.spark.TableMaintenance;
import io.safetynet.spark.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark: generate -> ingest -> settle -> the settle stage's write floor ({@link WriteFloor}) -> indicators
 * -> simulate (1 and 5 scenarios, unless skipped) -> an incremental day (about half a
 * percent of the claims corrected or new: ingest and settle again) -> table maintenance. Each stage is timed with
 * its rows and peak heap; the engine's in-memory ceiling is measured first, in-process. The report goes to the
 * progress consumer and to {@code work/bench-report.txt}. The warehouse is recreated on every run.
 */
public final class BenchJob {
  private final SparkSession spark;
  private final boolean simulate;
  private final SpillMeter spill = new SpillMeter();

  public BenchJob(SparkSession spark, boolean simulate) {
    this.spark = spark;
    this.simulate = simulate;
  }

  public BenchResult run(BenchSpec spec) throws Exception {
    spark.sparkContext().addSparkListener(spill);
    try {
      return measureAll(spec);
    } finally {
      spark.sparkContext().removeSparkListener(spill);
    }
  }

  private BenchResult measureAll(BenchSpec spec) throws Exception {
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    List<StageMeasure> stages = new ArrayList<>();
    String root = spec.warehouse().toAbsolutePath().toString();
    LocalFiles.deleteTree(spec.warehouse());
    // synthetic data only: a fresh random key per run, the same for the full load and the day's batch
    PiiKey key = PiiKey.of(Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));

    EngineCeiling.Result ceiling = ceiling(spec);
    spec.progress().accept(String.format("engine ceiling: %,.0f claims/s/core", ceiling.claimsPerSecond()));

    if (spec.skipGenerate()) {
      if (!Files.isRegularFile(spec.input().resolve("claims.csv"))) {
        throw new IllegalStateException("--skip-generate: no " + spec.input().resolve("claims.csv")
            + "; run the bench once without --skip-generate to write it");
      }
      stages.add(StageMeasure.skipped(BenchResult.GENERATE, "reused " + spec.input()));
    } else {
      LocalFiles.deleteTree(spec.input());
      measure(stages, spec, BenchResult.GENERATE, () -> new DataGenerator(
              Spec.of(spec.persons(), spec.years(), 1, spec.input())).generate(spec.progress()),
          g -> g.rows(io.safetynet.generate.Dataset.CLAIMS), g -> String.format("claims written (%,d rows in all)",
              g.rows().values().stream().mapToLong(Long::longValue).sum()));
    }
    ingest(stages, spec, BenchResult.INGEST, spec.input(), root, key);
    SettleResult full = measure(stages, spec, BenchResult.SETTLE, () -> new SettleJob(spark, spec.progress())
        .run(new SettleSpec(root, spec.policies())), SettleResult::claims,
        r -> String.format("claims; %,d person-years", r.personYears()));
    measure(stages, spec, BenchResult.WRITE_FLOOR, () -> WriteFloor.copySettlement(spark, new Warehouse(spark, root),
        spec.work().resolve("write-floor")), n -> n, n -> "settlement rows read and written again, nothing settled");
    measure(stages, spec, BenchResult.INDICATORS, () -> new IndicatorsJob(PolicySettings.spec(root,
            Policies.load(spec.policies()), spec.conf().resolve("indicators.yaml"))).run(spark), r -> full.claims(),
        (IndicatorsResult r) -> String.format("settlement rows in; %,d rows out in %d tables",
            r.rowCounts().values().stream().mapToLong(Long::longValue).sum(), r.rowCounts().size()));
    if (simulate) {
      for (int scenarios : new int[] {1, 5}) {
        measure(stages, spec, scenarios == 1 ? BenchResult.SIMULATE_1 : BenchResult.SIMULATE_5,
            () -> BenchScenarios.run(spark, root, spec.policies(), scenarios), n -> n,
            n -> "claims settled over " + scenarios + " scenario(s)");
      }
    } else {
      stages.add(StageMeasure.skipped("simulate", "not run (--skip-simulate)"));
    }

    IncrementalDay.Result day = IncrementalDay.write(spec.input(), spec.day(), spec.incrementalShare());
    spec.progress().accept(String.format("day batch: %,d corrected and %,d new claims of %,d persons",
        day.corrected(), day.added(), day.persons()));
    ingest(stages, spec, BenchResult.DAY_INGEST, spec.day(), root, key);
    SettleResult daySettle = measure(stages, spec, BenchResult.DAY_SETTLE, () -> new SettleJob(spark,
            spec.progress()).run(new SettleSpec(root, spec.policies())), SettleResult::claims,
        r -> String.format("claims read; %,d person-years re-settled, %,d rows merged", r.personYearsResettled(),
            r.rowsWritten()));
    measure(stages, spec, BenchResult.MAINTENANCE, () -> new TableMaintenance(spark)
            .compactSmallFiles(new Warehouse(spark, root)),
        r -> r.stream().mapToLong(TableMaintenance.Compaction::filesBefore).sum(),
        r -> r.isEmpty() ? "no table needed compaction" : "files compacted: " + r.stream()
            .map(c -> c.table() + " " + c.filesBefore() + " -> " + c.filesAfter()).toList());

    BenchResult result = new BenchResult(spec.persons(), spec.years(), cores, PeakHeap.max(), loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), ceiling, stages,
        TableSizes.of(spec.warehouse()), full.personYears(), daySettle.personYearsResettled());
    String report = BenchReport.format(result);
    try {
      Files.writeString(spec.report(), report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + spec.report() + ": " + e.getMessage(), e);
    }
    return result;
  }

  private EngineCeiling.Result ceiling(BenchSpec spec) throws IOException {
    Path scratch = spec.work().resolve("ceiling-input");
    LocalFiles.deleteTree(scratch);
    // the same regions as the bench data, so the ceiling settles the same mix of policies
    EngineWorkload workload = EngineWorkload.generate(spec.ceilingPersons(), 1, scratch,
        Policies.load(spec.policies()), List.of(io.safetynet.generate.Region.values()));
    EngineCeiling.Result r = new EngineCeiling().measure(workload, spec.ceilingSeconds(), spec.ceilingSeconds());
    LocalFiles.deleteTree(scratch);
    return r;
  }

  private void ingest(List<StageMeasure> stages, BenchSpec spec, String name, Path input, String root, PiiKey key)
      throws Exception {
    measure(stages, spec, name, () -> new IngestJob(spark).run(new IngestSpec(input.toAbsolutePath().toString(),
            root, key, null, spec.progress())),
        r -> r.datasets().stream().mapToLong(IngestResult.DatasetResult::read).sum(),
        r -> String.format("rows read; claims %,d inserted, %,d updated, %,d unchanged; %,d quarantined",
            r.dataset("claims").inserted(), r.dataset("claims").updated(), r.dataset("claims").unchanged(),
            r.datasets().stream().mapToLong(IngestResult.DatasetResult::quarantined).sum()));
  }

  private <T> T measure(List<StageMeasure> stages, BenchSpec spec, String name, Callable<T> work,
      Function<T, Long> rows, Function<T, String> note) throws Exception {
    spec.progress().accept("== " + name);
    System.gc();
    PeakHeap.reset();
    spill.takeDiskBytes();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    T result = work.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpuEnd = processCpuNanos();
    double cpu = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1e9;
    StageMeasure m = new StageMeasure(name, rows.apply(result), seconds, cpu, PeakHeap.peak(), spill.takeDiskBytes(),
        note.apply(result));
    stages.add(m);
    spec.progress().accept(String.format("== %s: %,d rows in %.1f s (%.1f CPU s), peak heap %s, spilled %s", name,
        m.rows(), seconds, cpu, BenchReport.bytes(m.peakHeapBytes()), BenchReport.bytes(m.spilledBytes())));
    return result;
  }

  /** CPU time of this JVM (all threads) in nanoseconds, or -1 where the platform does not say. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }
}
