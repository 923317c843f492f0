package io.safetynet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteFloorTest {
  @TempDir Path dir;

  @Test
  void copiesEverySettlementRowAndLeavesNoScratchBehind() throws Exception {
    SparkSession spark = TestSpark.session();
    StructType schema = new StructType().add("claim_id", DataTypes.StringType).add("insurance_year",
        DataTypes.IntegerType);
    Path root = dir.resolve("warehouse");
    spark.createDataFrame(List.of(RowFactory.create("C1", 2018), RowFactory.create("C2", 2018),
            RowFactory.create("C3", 2019)), schema)
        .write().format("delta").partitionBy("insurance_year").save(root.resolve("settlement").toString());
    Path scratch = dir.resolve("write-floor");
    Files.createDirectories(scratch.resolve("left-over-from-a-killed-run"));

    long rows = WriteFloor.copySettlement(spark, new Warehouse(spark, root.toString()), scratch);

    assertEquals(3, rows);
    assertFalse(Files.exists(scratch));
    assertEquals(3, spark.read().format("delta").load(root.resolve("settlement").toString()).count());
  }
}
