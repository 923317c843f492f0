package io.safetynet.bench;

import io.safetynet.engine.ClaimSettlement;
import io.safetynet.engine.SettlementEngine;
import java.util.List;

/**
 * The engine's in-memory ceiling in claims per second on one thread (one core): settles a workload's
 * person-years over and over, after a warm-up, for at least the given time. A quick in-process stand-in for the
 * JMH benchmark ({@code jobs/bench-engine}), which measures the same loop with forks and iterations.
 */
public final class EngineCeiling {
  /**
   * What was measured: claims settled per wall second on one thread, over {@code claims} claims in
   * {@code seconds}, and per second of that thread's CPU time (the fair figure when other work shares the cores;
   * 0 when the JVM cannot measure thread CPU time).
   */
  public record Result(double claimsPerSecond, long claims, long personYears, double seconds,
      double claimsPerCpuSecond) {}

  private final SettlementEngine engine = new SettlementEngine();
  /** Keeps the JIT from dropping the work. */
  private long sink;

  public Result measure(EngineWorkload workload, double warmupSeconds, double measureSeconds) {
    runFor(workload, warmupSeconds);
    return runFor(workload, measureSeconds);
  }

  private Result runFor(EngineWorkload workload, double seconds) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    long claims = 0;
    long personYears = 0;
    do {
      for (EngineWorkload.Item item : workload.items()) {
        List<ClaimSettlement> settled = engine.settle(item.policy(), item.personYear());
        sink += settled.size();
        claims += item.personYear().claims().size();
        personYears++;
      }
    } while (System.nanoTime() < deadline);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : 0;
    return new Result(claims / elapsed, claims, personYears, elapsed, cpuSeconds > 0 ? claims / cpuSeconds : 0);
  }

  long sink() {
    return sink;
  }
}
