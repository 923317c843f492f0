package io.safetynet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {
  @Test
  void writesOneCsvFileWithNestedColumnsAsJson(@TempDir Path dir) throws Exception {
    SparkSession spark = TestSpark.session();
    String root = dir.resolve("w").toString();
    spark.sql("SELECT 'X1' AS claim_id, CAST(14880 AS DECIMAL(18,2)) AS basic_paid, array('A', 'B') AS flags "
        + "UNION ALL SELECT 'X2', CAST(58175 AS DECIMAL(18,2)), array()")
        .write().format("delta").save(root + "/settlement");
    Path out = dir.resolve("out/settlement.csv");
    Files.createDirectories(out.getParent());
    long rows = new TableExport(spark, root).export("settlement", TableExport.Format.csv, out);
    assertEquals(2, rows);
    List<String> lines = Files.readAllLines(out);
    assertEquals("claim_id,basic_paid,flags", lines.get(0));
    assertTrue(lines.contains("X1,14880.00,\"[\"\"A\"\",\"\"B\"\"]\""), lines.toString());
    assertTrue(lines.contains("X2,58175.00,[]"), lines.toString());
    assertEquals(List.of("settlement.csv"), List.of(out.getParent().toFile().list()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TableExport(spark, root).export("nope", TableExport.Format.csv, out));
    assertTrue(e.getMessage().contains("no table 'nope'") && e.getMessage().contains("settlement"), e.getMessage());
  }
}
