package io.safetynet.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything a bench run measured. Stage names are the constants below; derived figures (share of the engine
 * ceiling, scenario cost ratio, incremental versus full) are computed by {@link BenchReport} from them.
 *
 * @param ceiling the engine's in-memory claims per second on one thread, null when not measured
 * @param personYears person-years in the full data set
 * @param personYearsResettled person-years the incremental day's settle re-settled
 * @param loadBefore system load average (1 minute) when the run started; negative when unknown
 * @param loadAfter the same when it ended
 */
public record BenchResult(
    long persons, int years, int cores, long heapMaxBytes, double loadBefore, double loadAfter,
    EngineCeiling.Result ceiling, List<StageMeasure> stages, Map<String, TableSizes.Size> tables,
    long personYears, long personYearsResettled) {
  public static final String GENERATE = "generate";
  public static final String INGEST = "ingest";
  public static final String SETTLE = "settle";
  public static final String WRITE_FLOOR = "write floor";
  public static final String INDICATORS = "indicators";
  public static final String SIMULATE_1 = "simulate x1";
  public static final String SIMULATE_5 = "simulate x5";
  public static final String DAY_INGEST = "day ingest";
  public static final String DAY_SETTLE = "day settle";
  public static final String MAINTENANCE = "maintenance";

  public BenchResult {
    stages = List.copyOf(stages);
    tables = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tables));
  }

  public java.util.Optional<StageMeasure> stage(String name) {
    return stages.stream().filter(s -> s.name().equals(name) && s.ran()).findFirst();
  }
}
