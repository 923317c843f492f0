package io.safetynet.bench;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The simulate stage as the bench sees it, so the bench does not depend on the simulate package: an
 * implementation runs one simulate over the warehouse with the given number of scenarios (each a policy overlay
 * of the baseline) and returns the claims it settled in total. The bench finds an implementation with
 * {@link java.util.ServiceLoader} (a line naming the class in
 * {@code META-INF/services/io.safetynet.bench.SimulateStage}); without one it reports the stage as not
 * available in this build.
 */
public interface SimulateStage {
  long run(SparkSession spark, String warehouse, Path policies, int scenarios) throws Exception;

  /** The first implementation on the class path, if any. */
  static java.util.Optional<SimulateStage> find() {
    return java.util.ServiceLoader.load(SimulateStage.class).findFirst();
  }
}
