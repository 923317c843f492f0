package io.safetynet.simulate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The bench's simulate stage: {@code n} Xiaogan scenarios lowering the poor's critical-illness deductible in
 * 500-yuan steps (5000 -> 4500, 4000, ...), written as scenario files and run in one simulate pass.
 */
public final class BenchScenarios {
  private BenchScenarios() {}

  /** Runs one simulate over the warehouse with {@code scenarios} scenarios; returns the claims it settled. */
  public static long run(SparkSession spark, String warehouse, Path policies, int scenarios) throws Exception {
    Path conf = policies.toAbsolutePath().getParent();
    Path dir = Files.createTempDirectory("safetynet-bench-scenarios");
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= scenarios; i++) {
      int deductible = 5000 - 500 * i;
      Path f = dir.resolve("bench-" + i + ".yaml");
      Files.writeString(f, "name: bench critical deductible " + deductible + "\npolicy: xiaogan\n"
          + "source: {assumption: \"benchmark scenario\"}\nset:\n  critical.deductible.POOR: " + deductible + "\n");
      files.add(f);
    }
    SimulateJob.Plan plan = SimulateJob.plan(new SimulateJob.Spec(warehouse, policies, files, null,
        conf.resolve("indicators.yaml"), conf.resolve("financing.yaml"), 5));
    return new SimulateJob(spark, s -> { }).run(plan).claims();
  }
}
