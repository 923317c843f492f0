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
    IllegalArgumentException e = assertThrows(UnknownTableException.class,
        () -> new TableExport(spark, root).export("nope", TableExport.Format.csv, out));
    assertTrue(e.getMessage().contains("no table 'nope'") && e.getMessage().contains("settlement"), e.getMessage());
  }

  @Test
  void onlyTheWarehousesOwnTablesAndNeverIntoIt(@TempDir Path dir) throws Exception {
    SparkSession spark = TestSpark.session();
    String root = dir.resolve("w").toString();
    String other = dir.resolve("other/wh").toString();
    for (String t : new String[] {root + "/settlement", root + "/claims", other + "/claims"}) {
      spark.sql("SELECT 'X1' AS claim_id").write().format("delta").save(t);
    }
    TableExport export = new TableExport(spark, root);
    Path out = dir.resolve("out.csv");
    UnknownTableException typo = assertThrows(UnknownTableException.class,
        () -> export.export("settlment", TableExport.Format.csv, out));
    assertEquals("no table 'settlment' in warehouse " + root + "; did you mean 'settlement'? Tables: claims,"
        + " settlement", typo.getMessage());
    // a path to another warehouse's table is not a table name of this one
    UnknownTableException path = assertThrows(UnknownTableException.class,
        () -> export.export("../other/wh/claims", TableExport.Format.csv, out));
    assertEquals("no table '../other/wh/claims' in warehouse " + root + "; Tables: claims, settlement",
        path.getMessage());

    Path log = Path.of(root, "claims", "_delta_log", "00000000000000000000.json");
    byte[] before = Files.readAllBytes(log);
    ExportTargetException inside = assertThrows(ExportTargetException.class,
        () -> export.export("settlement", TableExport.Format.jsonl, log));
    assertTrue(inside.getMessage().startsWith("--output " + log + " is inside the warehouse " + root),
        inside.getMessage());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(log)), "the Delta log was changed");
    // through a symbolic link to the warehouse, too
    Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of(root));
    assertThrows(ExportTargetException.class,
        () -> export.export("settlement", TableExport.Format.csv, link.resolve("claims/x.csv")));
    ExportTargetException slash = assertThrows(ExportTargetException.class,
        () -> export.export("settlement", TableExport.Format.csv, Path.of("/")));
    assertTrue(slash.getMessage().startsWith("--output / is a directory; name a file"), slash.getMessage());
    assertEquals(1, spark.read().format("delta").load(root + "/claims").count());
    assertTrue(!Files.exists(Path.of("/.null.parts")) && !Files.exists(dir.resolve(".out.csv.parts")));
  }

  @Test
  void aFailedExportLeavesNoScratchFiles(@TempDir Path dir) throws Exception {
    SparkSession spark = TestSpark.session();
    String root = dir.resolve("w").toString();
    spark.sql("SELECT 'X1' AS claim_id").write().format("delta").save(root + "/settlement");
    // a data file gone: the Spark job fails after it created the scratch directory
    try (var files = Files.list(Path.of(root, "settlement"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
        Files.delete(p);
      }
    }
    Path outDir = Files.createDirectories(dir.resolve("out"));
    assertThrows(Exception.class, () -> new TableExport(spark, root)
        .export("settlement", TableExport.Format.csv, outDir.resolve("s.csv")));
    assertEquals(List.of(), List.of(outDir.toFile().list()));
  }
}
