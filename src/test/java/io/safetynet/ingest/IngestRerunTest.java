package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.delta.tables.DeltaTable;
import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-loading the same batch changes nothing; a corrected row replaces the old one. */
class IngestRerunTest {
  @TempDir Path tmp;

  @Test
  void identicalReloadWritesNothingAndACorrectionUpdatesOneRow() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    Path wh = tmp.resolve("warehouse");
    Warehouse warehouse = new Warehouse(TestSpark.session(), wh.toString());
    TestInputs.ingest(input, wh, "run-1");
    Map<String, Long> versions = versions(warehouse);
    long quarantined = warehouse.read("quarantine").count();

    IngestResult again = TestInputs.ingest(input, wh, "run-2");
    for (IngestResult.DatasetResult d : again.datasets()) {
      assertEquals(0, d.inserted() + d.updated(), d.dataset());
      assertEquals(d.accepted() - d.collapsed(), d.unchanged(), d.dataset());
    }
    assertEquals(versions, versions(warehouse));
    assertEquals(quarantined, warehouse.read("quarantine").count());

    Path claims = input.resolve("claims.csv");
    String text = Files.readString(claims, StandardCharsets.UTF_8);
    Files.writeString(claims, text.replace("J06.9,120.50,120.50,0", "J06.9,130.50,130.50,0"), StandardCharsets.UTF_8);
    IngestResult corrected = TestInputs.ingest(input, wh, "run-3");
    IngestResult.DatasetResult c = corrected.dataset("claims");
    assertEquals("inserted 0, updated 1, unchanged 4", "inserted " + c.inserted() + ", updated " + c.updated()
        + ", unchanged " + c.unchanged());
    assertEquals(new BigDecimal("130.50"),
        warehouse.read("claims").where("claim_id = 'C2'").first().getAs("total_cost"));
    assertEquals(5, warehouse.read("claims").count());
    assertEquals("run-3", warehouse.read("claims").where("claim_id = 'C2'").first().getAs("ingest_run"));
    Map<String, Long> after = versions(warehouse);
    assertEquals(versions.get("claims") + 1, after.get("claims"));
    after.remove("claims");
    versions.remove("claims");
    assertEquals(versions, after);

    // a day's batch of a new claim and a correction: one MERGE inserts one row and updates one, the rest unchanged
    // (the new row goes right after the header: the batch ends with a hostile unterminated quote)
    String day = Files.readString(claims, StandardCharsets.UTF_8)
        .replace("J06.9,130.50,130.50,0", "J06.9,140.50,140.50,0")
        .replaceFirst("\n",
            "\nC20,P2,F1,OUTPATIENT_GENERAL,2020-05-01,2020-05-01,J06.9,60.00,60.00,0,false,,,ACTIVE,,,,,,\n");
    Files.writeString(claims, day, StandardCharsets.UTF_8);
    IngestResult.DatasetResult d = TestInputs.ingest(input, wh, "run-4").dataset("claims");
    assertEquals("inserted 1, updated 1, unchanged 4", "inserted " + d.inserted() + ", updated " + d.updated()
        + ", unchanged " + d.unchanged());
    assertEquals(6, warehouse.read("claims").count());
    assertEquals(new BigDecimal("140.50"),
        warehouse.read("claims").where("claim_id = 'C2'").first().getAs("total_cost"));
    assertEquals(new BigDecimal("60.00"),
        warehouse.read("claims").where("claim_id = 'C20'").first().getAs("total_cost"));
    assertEquals(4, warehouse.read("claims").where("ingest_run = 'run-1'").count());
  }

  private static Map<String, Long> versions(Warehouse warehouse) {
    Map<String, Long> v = new LinkedHashMap<>();
    for (String t : warehouse.tables()) {
      v.put(t, DeltaTable.forPath(TestSpark.session(), warehouse.path(t)).history(1).first().getAs("version"));
    }
    return v;
  }
}
