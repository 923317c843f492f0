package io.safetynet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSmokeTest {
  @Test
  void writesAndReadsDelta(@TempDir Path dir) {
    SparkSession spark = TestSpark.session();
    String path = dir.resolve("t").toString();
    spark.range(5).write().format("delta").save(path);
    assertEquals(10L, spark.read().format("delta").load(path).selectExpr("sum(id)").first().getLong(0));
    assertEquals(true, Files.isDirectory(dir.resolve("t/_delta_log")));
  }
}
