package io.safetynet.bench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to benchmark: {@code persons} generated persons over {@code years} insurance years, in {@code work}
 * (input in {@code work/input}, the day's batch in {@code work/day}, tables in {@code work/warehouse}, which is
 * recreated), settled under {@code policies} with indicator settings from {@code conf}.
 *
 * @param skipGenerate reuse {@code work/input} from an earlier run (must exist)
 * @param incrementalShare share of claims in the incremental day's batch (0.005: half a percent)
 * @param ceilingPersons persons in the in-memory engine workload that sets the ceiling
 * @param ceilingSeconds how long the ceiling loop runs (after as long a warm-up)
 */
public record BenchSpec(
    long persons, int years, Path work, boolean skipGenerate, double incrementalShare, Path policies, Path conf,
    long ceilingPersons, double ceilingSeconds, Consumer<String> progress) {
  public BenchSpec {
    if (persons < 1) {
      throw new IllegalArgumentException("--persons must be at least 1, got " + persons);
    }
    if (!(incrementalShare > 0 && incrementalShare <= 1)) {
      throw new IllegalArgumentException("--incremental-share must be in (0, 1], e.g. 0.005; got " + incrementalShare);
    }
    Objects.requireNonNull(work, "work");
    if (progress == null) {
      progress = line -> { };
    }
  }

  public Path input() {
    return work.resolve("input");
  }

  public Path day() {
    return work.resolve("day");
  }

  public Path warehouse() {
    return work.resolve("warehouse");
  }

  public Path report() {
    return work.resolve("bench-report.txt");
  }
}
