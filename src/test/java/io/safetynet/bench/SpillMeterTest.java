package io.safetynet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The bench's spill column counts what Spark's tasks really spilled to disk. */
class SpillMeterTest {
  private static final String IN_MEMORY = "spark.sql.windowExec.buffer.in.memory.threshold";
  private static final String SPILL = "spark.sql.windowExec.buffer.spill.threshold";

  @Test
  void countsTheBytesAWindowBufferSpilled() throws InterruptedException {
    SparkSession spark = TestSpark.session();
    SpillMeter meter = new SpillMeter();
    spark.sparkContext().addSparkListener(meter);
    try {
      // a window over a whole partition buffers its rows; with a threshold of 100 rows the buffer spills to disk
      spark.conf().set(IN_MEMORY, "100");
      spark.conf().set(SPILL, "100");
      spark.range(20_000).selectExpr("id % 2 AS k", "id").createOrReplaceTempView("spill_test");
      // each row carries its partition's sum: 10,000 x (99,990,000 even + 100,000,000 odd); an action that reads
      // the window's column, so the optimiser cannot prune the window away
      assertEquals(1_999_900_000_000L, spark.sql(
          "SELECT sum(s) FROM (SELECT k, sum(id) OVER (PARTITION BY k) s FROM spill_test)").first().getLong(0));
      long spilled = 0;
      for (int i = 0; i < 100 && spilled == 0; i++) { // task-end events reach the listener asynchronously
        Thread.sleep(100);
        spilled = meter.takeDiskBytes();
      }
      assertTrue(spilled > 0, "the window buffer spilled");
      assertEquals(0, meter.takeDiskBytes(), "taking resets the count");
    } finally {
      spark.conf().unset(IN_MEMORY);
      spark.conf().unset(SPILL);
      spark.sparkContext().removeSparkListener(meter);
    }
  }
}
