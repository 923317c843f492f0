package io.safetynet.nightly;

import io.safetynet.dashboard.DashboardWriter;
import io.safetynet.indicators.IndicatorsJob;
import io.safetynet.indicators.IndicatorsResult;
import io.safetynet.indicators.IndicatorsSpec;
import io.safetynet.inspect.InspectJob;
import io.safetynet.inspect.InspectResult;
import io.safetynet.inspect.InspectConfig;
import io.safetynet.indicators.PolicySettings;
import io.safetynet.ingest.IngestJob;
import io.safetynet.ingest.IngestResult;
import io.safetynet.ingest.IngestSpec;
import io.safetynet.settle.Policies;
import io.safetynet.settle.SettleJob;
import io.safetynet.settle.SettleResult;
import io.safetynet.settle.SettleSpec;
import io.safetynet.spark.TableMaintenance;
import io.safetynet.spark.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * ingest -> settle -> indicators -> inspect -> dashboard -> maintenance (compaction of tables made of many small
 * files, {@link TableMaintenance}). Every stage writes its tables in Delta transactions, so a
 * run killed in any stage leaves each table at its last committed version, and running again finishes the work.
 * Configs are loaded and validated before the first stage, so a bad policy file fails fast.
 */
public final class NightlyJob {
  private final SparkSession spark;
  private final Consumer<String> progress;

  public NightlyJob(SparkSession spark, Consumer<String> progress) {
    this.spark = spark;
    this.progress = progress;
  }

  public NightlyResult run(NightlySpec spec) throws Exception {
    String root = Warehouse.resolveRoot(spec.warehouse());
    IndicatorsSpec indicators =
        PolicySettings.spec(root, Policies.load(spec.policies()), spec.conf().resolve("indicators.yaml"));
    List<NightlyResult.Stage> stages = new ArrayList<>();

    IngestResult ingested = stage(stages, "ingest", () -> new IngestJob(spark)
        // the step lines too, so a long dataset is not silent (read, validated, references checked, merged)
        .run(new IngestSpec(spec.input(), root, spec.key(), null, progress, null, false, line -> progress.accept(
            "  " + line))), r -> {
          long read = 0;
          long accepted = 0;
          long quarantined = 0;
          for (IngestResult.DatasetResult d : r.datasets()) {
            read += d.read();
            accepted += d.accepted();
            quarantined += d.quarantined();
          }
          return String.format("%,d rows read, %,d accepted, %,d quarantined", read, accepted, quarantined);
        });
    SettleResult settled = stage(stages, "settle", () -> new SettleJob(spark, progress)
        .run(new SettleSpec(root, spec.policies())), r -> String.format(
            "%,d claims looked at, %,d person-years re-settled, %,d rows written", r.claims(), r.personYearsResettled(),
            r.rowsWritten()));
    IndicatorsResult ind = stage(stages, "indicators", () -> new IndicatorsJob(indicators).run(spark), r -> String.format("%,d rows in %d tables",
            r.rowCounts().values().stream().mapToLong(Long::longValue).sum(), r.rowCounts().size()));
    InspectResult inspected = stage(stages, "inspect", () -> new InspectJob(
        InspectConfig.load(root, indicators.outOfCatalogueLimits(), spec.conf().resolve("inspection.yaml"))).run(spark),
        r -> String.format("%,d facility flags", r.flags().size()));
    String dashboard = stage(stages, "dashboard", () -> new DashboardWriter(root).write(spark), p -> p);
    stage(stages, "maintenance", () -> new TableMaintenance(spark).compactSmallFiles(new Warehouse(spark, root)),
        r -> r.isEmpty() ? "no table needed compaction" : r.stream()
            .map(c -> c.table() + " " + c.filesBefore() + " -> " + c.filesAfter() + " files")
            .collect(java.util.stream.Collectors.joining(", ")));
    return new NightlyResult(stages, root, dashboard);
  }

  private <T> T stage(List<NightlyResult.Stage> stages, String name, Callable<T> work,
      java.util.function.Function<T, String> rows) throws Exception {
    progress.accept("== " + name);
    long start = System.nanoTime();
    T result = work.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    NightlyResult.Stage s = new NightlyResult.Stage(name, rows.apply(result), seconds);
    stages.add(s);
    progress.accept(String.format("== %s done in %.1f s: %s", name, seconds, s.rows()));
    return result;
  }
}
