package io.safetynet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use of this JVM over a stage: the heap pools' peak counters are reset at the start, and their peaks
 * summed at the end. The pools peak at different moments, so the sum is an upper bound of the true peak; it is
 * what "did memory stay flat as the data grew" needs, and it costs nothing while the stage runs.
 */
final class PeakHeap {
  private PeakHeap() {}

  static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Bytes: the sum of the heap pools' peak usage since the last {@link #reset}. */
  static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The heap's configured maximum in bytes (-Xmx). */
  static long max() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }
}
