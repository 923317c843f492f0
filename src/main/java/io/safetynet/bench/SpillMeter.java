package io.safetynet.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Bytes Spark spilled to disk (sorts, aggregations, shuffles that did not fit in execution memory), summed over
 * finished tasks: with the stage's peak heap it shows whether a larger scale still fits by spilling rather than
 * running out of memory. Task-end events reach listeners asynchronously; a stage ends with driver-side commit work
 * after its last task, so by then they have arrived.
 */
final class SpillMeter extends SparkListener {
  private final AtomicLong diskBytes = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    if (taskEnd.taskMetrics() != null) {
      diskBytes.addAndGet(taskEnd.taskMetrics().diskBytesSpilled());
    }
  }

  /** Bytes spilled to disk since the last call. */
  long takeDiskBytes() {
    return diskBytes.getAndSet(0);
  }
}
