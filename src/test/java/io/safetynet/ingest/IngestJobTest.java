package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One ingest of {@link TestInputs}' batch, checked from several sides. */
class IngestJobTest {
  @TempDir static Path tmp;
  static Path warehouseDir;
  static IngestResult result;
  static Warehouse warehouse;

  @BeforeAll
  static void ingestOnce() throws IOException {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    warehouseDir = tmp.resolve("warehouse");
    result = TestInputs.ingest(input, warehouseDir, "run-1");
    warehouse = new Warehouse(TestSpark.session(), warehouseDir.toString());
  }

  @Test
  void countsAddUpPerDataset() {
    assertCounts("facilities", 3, 2, 1);
    assertCounts("enrolment", 7, 5, 2);
    assertCounts("households", 3, 2, 1);
    assertCounts("referrals", 4, 1, 3);
    assertCounts("claims", 21, 6, 15);
    IngestResult.DatasetResult claims = result.dataset("claims");
    assertEquals(5, claims.inserted());
    assertEquals(1, claims.collapsed());
    assertEquals(5, warehouse.read("claims").count());
    for (IngestResult.DatasetResult d : result.datasets()) {
      assertEquals(d.read(), d.accepted() + d.quarantined(), d.dataset());
      assertEquals(d.accepted(), d.inserted() + d.updated() + d.unchanged() + d.collapsed(), d.dataset());
    }
  }

  private static void assertCounts(String dataset, long read, long accepted, long quarantined) {
    IngestResult.DatasetResult d = result.dataset(dataset);
    assertEquals(List.of(read, accepted, quarantined), List.of(d.read(), d.accepted(), d.quarantined()), dataset);
  }

  @Test
  void everyPlantedClaimIsQuarantinedWithItsReason() {
    Map<Long, String> reasons = new HashMap<>();
    for (Row r : warehouse.read("quarantine").where("dataset = 'claims'").collectAsList()) {
      reasons.put(r.getAs("row_number"), r.getAs("reason"));
      assertEquals("claims.csv", r.getAs("source_file"));
      assertEquals("run-1", r.getAs("run_id"));
    }
    long rowNumber = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : TestInputs.CLAIMS.entrySet()) {
      rowNumber++;
      String reason = reasons.get(rowNumber);
      String expected = e.getValue();
      if (expected == null ? reason != null : reason == null || !reason.contains(expected)) {
        wrong.add("row " + rowNumber + ": expected " + expected + ", got " + reason);
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(15, reasons.size());
    assertEquals("total_cost='12.345': not a decimal with at most 2 decimal places", reasons.get(8L));
  }

  @Test
  void referralsQuarantineMalformedJsonAndKeepExtraColumns() {
    Map<Long, String> reasons = new HashMap<>();
    warehouse.read("quarantine").where("dataset = 'referrals'").collectAsList()
        .forEach(r -> reasons.put(r.getAs("row_number"), r.getAs("reason")));
    assertEquals(Map.of(
        2L, "line 2 is not valid JSON",
        4L, "person_id='P77': unknown person_id (not in enrolment, neither in this batch nor in the warehouse); "
            + "held as PENDING: loaded by the next ingest that brings it, or by ingest --retry-pending",
        5L, "line 5 is valid JSON but not an object {...}"), reasons);
    Row r1 = warehouse.read("referrals").first();
    assertEquals("R1", r1.getAs("referral_id"));
    assertEquals(Map.of("doctor", "{\"id\":7}"), r1.getJavaMap(r1.fieldIndex("extra")));
  }

  @Test
  void acceptedClaimsAreTypedAndPartitionedByInsuranceYear() {
    Row c3 = warehouse.read("claims").where("claim_id = 'C3'").first();
    assertEquals(new BigDecimal("5000.00"), c3.getAs("total_cost"));
    assertEquals(2021, (int) c3.getAs("insurance_year"));
    assertEquals(Boolean.TRUE, c3.getAs("emergency"));
    assertEquals("I63.9", c3.getAs("diagnosis_code"));
    assertEquals(Map.of("note", "has, a comma\nand a \"newline\""), c3.getJavaMap(c3.fieldIndex("extra")));
    assertEquals("2021-01-10T10:00:00Z", ((java.sql.Timestamp) c3.getAs("settled_at")).toInstant().toString());
    Row c1 = warehouse.read("claims").where("claim_id = 'C1'").first();
    assertEquals(new BigDecimal("11000.00"), c1.getAs("total_cost"));
    assertTrue(Files.isDirectory(warehouseDir.resolve("claims/insurance_year=2021")));
    Row c5 = warehouse.read("claims").where("claim_id = 'C5'").first();
    assertNull(c5.getAs("emergency"));
    assertNull(c5.getAs("extra"));
  }

  @Test
  void enrolmentHoldsKeyedHashesNotPersonalData() {
    Row p1 = warehouse.read("enrolment").where("person_id = 'P1' AND insurance_year = 2020").first();
    Pseudonymiser p = new Pseudonymiser(PiiKey.of(TestInputs.KEY));
    assertEquals(p.pseudonym("id_number", TestInputs.ID_P1), p1.getAs("id_number_hash"));
    assertEquals(p.pseudonym("name", "张三丰"), p1.getAs("name_hash"));
    assertEquals(64, ((String) p1.getAs("phone_hash")).length());
    assertEquals("POOR|DIBAO", p1.getAs("category"));
    assertFalse(List.of(warehouse.read("enrolment").columns()).contains("id_number"));
  }

  @Test
  void noRawPersonalDataAnywhereInTheWarehouse() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(warehouseDir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String pii : TestInputs.RAW_PII) {
          if (bytes.contains(new String(pii.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
            found.add(pii + " in " + warehouseDir.relativize(f));
          }
        }
      }
    }
    assertEquals(List.of(), found);
    // and the quarantined enrolment rows say why without showing the personal fields
    Map<Long, Row> q = new HashMap<>();
    warehouse.read("quarantine").where("dataset = 'enrolment'").collectAsList()
        .forEach(r -> q.put(r.getAs("row_number"), r));
    assertEquals("id_number (value withheld: personal data): not an 18-character ID number with a valid GB 11643 "
        + "check digit", q.get(6L).getAs("reason"));
    assertTrue(((String) q.get(6L).getAs("row")).contains("\"name\":\"***\""), (String) q.get(6L).getAs("row"));
    assertEquals(RowValidator.UNPARSEABLE_TEXT, q.get(7L).getAs("row"));
  }

  @Test
  void tablesAreRegisteredForSql() {
    SparkSession spark = TestSpark.session();
    assertEquals(List.of("claims", "enrolment", "facilities", "households", "quarantine", "referrals"),
        warehouse.registerAll());
    assertEquals(5L, spark.sql("SELECT count(*) FROM claims").first().getLong(0));
    assertEquals(1L, spark.sql("SELECT count(*) FROM households WHERE annual_income < 0").first().getLong(0));
  }

  @Test
  void progressReportsTopReasons() {
    IngestResult.DatasetResult claims = result.dataset("claims");
    String line = IngestReport.line(claims);
    assertTrue(line.startsWith("claims     read 21  accepted 6  quarantined 15  (inserted 5, updated 0, "
        + "unchanged 0, identical duplicates loaded once 1)"), line);
    assertEquals(3, claims.topReasons().size());
    assertEquals(1L, claims.topReasons().values().iterator().next());
  }
}
