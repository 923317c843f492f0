package io.safetynet.bench;

/**
 * One measured stage: rows it processed, wall seconds, CPU seconds this JVM used meanwhile (all threads; negative
 * when unknown), peak heap bytes (see {@link PeakHeap}), bytes Spark spilled to disk ({@link SpillMeter}) and a
 * note (what the rows are, or why the stage did not run). {@code seconds < 0} marks a stage that did not run. On a
 * machine shared with other work, rows per CPU second says more about the code than rows per wall second.
 */
public record StageMeasure(
    String name, long rows, double seconds, double cpuSeconds, long peakHeapBytes, long spilledBytes, String note) {
  public static StageMeasure skipped(String name, String why) {
    return new StageMeasure(name, 0, -1, -1, 0, 0, why);
  }

  /** Rows per CPU second of this JVM; 0 when unknown. */
  public double rowsPerCpuSecond() {
    return ran() && cpuSeconds > 0 ? rows / cpuSeconds : 0;
  }

  public boolean ran() {
    return seconds >= 0;
  }

  /** Rows per second per core; 0 when the stage did not run or took no measurable time. */
  public double rowsPerSecondPerCore(int cores) {
    return ran() && seconds > 0 ? rows / seconds / cores : 0;
  }
}
