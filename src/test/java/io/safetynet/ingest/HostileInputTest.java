package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of hostile rows: broken quoting, GBK bytes in a UTF-8 file, a 1 MB field, negative and absurd money,
 * a visit in 2099, duplicate keys with different content, unknown enum values, JSON that is not JSON, columns
 * added and optional columns left out. Every row is either loaded or quarantined with its reason, and for every
 * dataset read = accepted + quarantined.
 */
class HostileInputTest {
  private static final String MEGABYTE = "x".repeat(1 << 20);
  private static final String CLAIM_TAIL = ",false,,,ACTIVE,,,,,";

  @TempDir static Path tmp;
  private static IngestResult result;
  private static Warehouse warehouse;
  /** claims.csv data rows in file order: value = the reason kind it must be quarantined for, null = accepted. */
  private static final Map<String, String> CLAIMS = new LinkedHashMap<>();

  static {
    CLAIMS.put("H1,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,1000.00,900.00,100.00" + CLAIM_TAIL + ",ok", null);
    CLAIMS.put("H2,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,-10.00,0,0" + CLAIM_TAIL + ",",
        "total_cost='-10.00': negative amount");
    CLAIMS.put("H3,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,1e15,1e15,0" + CLAIM_TAIL + ",",
        "total_cost='1e15': not a decimal with at most 2 decimal places");
    CLAIMS.put("H4,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,1000000000000000.00,1000000000000000.00,0"
        + CLAIM_TAIL + ",", "total_cost='1" + "*".repeat(16) + "(19 chars)': amount above the plausible maximum of "
        + "100000000.00 yuan");
    CLAIMS.put("H5,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,99999999999999999.00,0,0" + CLAIM_TAIL + ",",
        "total_cost='9" + "*".repeat(16) + "(20 chars)': not a decimal with at most 2 decimal places");
    CLAIMS.put("H6,P1,F1,INPATIENT,2099-01-01,2099-01-03,C16.9,100,100,0" + CLAIM_TAIL + ",",
        "discharge_date='2099-01-03': date outside the plausible range 1900-01-01..");
    CLAIMS.put("H7,P1,F1,TELEMEDICINE,2020-03-01,2020-03-01,C16.9,100,100,0" + CLAIM_TAIL + ",",
        "visit_type='TELEMEDICINE': not one of [DAY_CASE, INPATIENT, OUTPATIENT_CHRONIC, OUTPATIENT_GENERAL, OUTPATIENT_SEVERE]");
    CLAIMS.put("H8,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,100,100,0" + CLAIM_TAIL + "," + MEGABYTE,
        "note has 1048576 characters, more than the 4096 any field may have");
    CLAIMS.put("H9,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,200,200,0" + CLAIM_TAIL + ",first",
        "duplicate key (claim_id=H9) with different content in this batch; the later row 10 of claims.csv was kept");
    CLAIMS.put("H9,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,300,300,0" + CLAIM_TAIL + ",second", null);
    CLAIMS.put("H10,P1,F1,INPATIENT,2020-03-01", "the record on line 12 has 5 fields but the header has 20");
    // lenient like most CSV readers: a quote after the closing quote is kept as text, nothing is lost
    CLAIMS.put("H11,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,100,100,0" + CLAIM_TAIL + ",\"a \"quoted\" word\"",
        null);
    CLAIMS.put("H12,P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,9999999.99,9999999.99,0" + CLAIM_TAIL + ",", null);
    // the last record opens a quote it never closes: everything after it is one broken record
    CLAIMS.put("H13,P1,F1,INPATIENT,2020-03-01,2020-03-05,\"C16.9,100,100,0" + CLAIM_TAIL + ",\nH14,P1",
        "a quoted field starting on line 15 is not closed before the end of the file");
  }

  @BeforeAll
  static void ingestHostileBatch() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    // schema drift: facilities without the optional columns name and major_disease_designated
    TestInputs.write(in.resolve("facilities.csv"), List.of(
        "facility_id,region_code,tier,designated",
        "F1,130102,LEVEL2,true",
        "F2,130102,LEVEL9,true"));
    // enrolment: one row's name is GBK bytes inside the UTF-8 file
    ByteArrayOutputStream enrolment = new ByteArrayOutputStream();
    enrolment.writeBytes(("person_id,insurance_year,region_code,household_id,name,category\r\n"
        + "P1,2020,130102,H1,张三,POOR\r\n").getBytes(StandardCharsets.UTF_8));
    enrolment.writeBytes("P2,2020,130102,H1,李四,POOR\r\n".getBytes(Charset.forName("GBK")));
    enrolment.writeBytes("P3,2020,130102,H2,,ALIEN\r\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("enrolment.csv"), enrolment.toByteArray());
    TestInputs.write(in.resolve("households.csv"), List.of(
        "household_id,year,region_code,size,annual_income",
        "H1,2020,130102,3,1000000000000000.00",
        "H2,2020,130102,2,1e15"));
    ByteArrayOutputStream referrals = new ByteArrayOutputStream();
    referrals.writeBytes(("{\"referral_id\":\"R1\",\"person_id\":\"P1\",\"from_facility_id\":\"F1\","
        + "\"to_facility_id\":\"F1\",\"issued_on\":\"2020-02-28\",\"extra_field\":\"kept\"}\n"
        + "{\"referral_id\":\"R2\",\"person_id\":\"P1\" \"from_facility_id\":\"F1\"}\n"
        + "\"just a string\"\n").getBytes(StandardCharsets.UTF_8));
    referrals.writeBytes(("{\"referral_id\":\"R3\",\"person_id\":\"P1\",\"from_facility_id\":\"张三\","
        + "\"to_facility_id\":\"F1\",\"issued_on\":\"2020-02-28\"}\n").getBytes(Charset.forName("GBK")));
    Files.write(in.resolve("referrals.jsonl"), referrals.toByteArray());
    List<String> claims = new ArrayList<>();
    claims.add("claim_id,person_id,facility_id,visit_type,admission_date,discharge_date,diagnosis_code,total_cost,"
        + "in_policy_cost,out_of_catalogue_cost,emergency,referral_id,exclusion_reason,status,reported_basic_paid,"
        + "reported_critical_paid,reported_assistance_paid,reported_supplementary_paid,settled_at,note");
    claims.addAll(CLAIMS.keySet());
    TestInputs.write(in.resolve("claims.csv"), claims);

    result = TestInputs.ingest(in, tmp.resolve("warehouse"), "hostile-1");
    warehouse = new Warehouse(TestSpark.session(), tmp.resolve("warehouse").toString());
  }

  @Test
  void everyRowIsCountedAcceptedOrQuarantined() {
    assertCounts("facilities", 2, 1, 1);
    assertCounts("enrolment", 3, 1, 2);
    assertCounts("households", 2, 0, 2);
    assertCounts("referrals", 4, 1, 3);
    assertCounts("claims", CLAIMS.size(), 4, CLAIMS.size() - 4);
    for (IngestResult.DatasetResult d : result.datasets()) {
      assertEquals(d.read(), d.accepted() + d.quarantined(), d.dataset());
      long inQuarantine = warehouse.read(Warehouse.QUARANTINE).where("dataset = '" + d.dataset() + "'").count();
      assertEquals(d.quarantined(), inQuarantine, d.dataset() + " rows in the quarantine table");
      long collapsed = d.collapsed();
      assertEquals(d.accepted() - collapsed, warehouse.read(d.dataset()).count(), d.dataset() + " rows in its table");
    }
  }

  @Test
  void everyClaimHasItsReason() {
    Map<Long, String> kinds = new TreeMap<>();
    for (Row r : warehouse.read(Warehouse.QUARANTINE).where("dataset = 'claims'").collectAsList()) {
      String reason = r.getAs("reason");
      kinds.put(r.getAs("row_number"), reason);
    }
    long n = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : CLAIMS.entrySet()) {
      n++;
      String reason = kinds.get(n);
      boolean ok = e.getValue() == null ? reason == null : reason != null && reason.contains(e.getValue());
      if (!ok) {
        wrong.add("row " + n + " expected " + e.getValue() + " got " + reason);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void hugeFieldIsCutInTheQuarantineCopy() {
    Row r = warehouse.read(Warehouse.QUARANTINE).where("dataset = 'claims' AND row_number = 8").first();
    String row = r.getAs("row");
    assertTrue(row.length() < 2000, "quarantined copy has " + row.length() + " characters");
    assertTrue(row.contains("... (1048576 characters)"), row);
  }

  @Test
  void bytesThatAreNotUtf8QuarantineTheirRecordAndSayHowToConvert() {
    List<Row> rows = warehouse.read(Warehouse.QUARANTINE)
        .where("reason LIKE '%not valid UTF-8%'").orderBy("dataset").collectAsList();
    assertEquals(List.of("enrolment", "referrals"), rows.stream().map(r -> (String) r.getAs("dataset")).toList());
    assertTrue(((String) rows.get(0).getAs("reason")).startsWith("the record on line 3 has bytes that are not "
        + "valid UTF-8 (a GBK/GB18030 export?); the contract requires UTF-8: convert the file, e.g. iconv"),
        (String) rows.get(0).getAs("reason"));
    assertEquals(RowValidator.UNPARSEABLE_TEXT, (String) rows.get(0).getAs("row"), "garbled text is not stored");
    assertEquals("line 4 has bytes that are not valid UTF-8 (a GBK/GB18030 export?); the contract requires UTF-8: "
        + "convert the file, e.g. iconv -f GB18030 -t UTF-8, and ingest it again", (String) rows.get(1).getAs("reason"));
  }

  @Test
  void driftExtraColumnsAreCarriedAndMissingOptionalOnesAreNull() {
    Row f1 = warehouse.read("facilities").first();
    assertEquals("F1", f1.getAs("facility_id"));
    assertNull(f1.getAs("name"));
    assertNull(f1.getAs("major_disease_designated"));
    Row r1 = warehouse.read("referrals").first();
    assertEquals(Map.of("extra_field", "kept"), r1.getJavaMap(r1.fieldIndex("extra")));
    Row h9 = warehouse.read("claims").where("claim_id = 'H9'").first();
    assertEquals(Map.of("note", "second"), h9.getJavaMap(h9.fieldIndex("extra")));
    assertEquals("300.00", h9.getAs("total_cost").toString());
    Row h12 = warehouse.read("claims").where("claim_id = 'H12'").first();
    assertEquals("9999999.99", h12.getAs("total_cost").toString(), "just under the plausibility bound");
    Row h11 = warehouse.read("claims").where("claim_id = 'H11'").first();
    assertEquals(Map.of("note", "a quoted\" word\""), h11.getJavaMap(h11.fieldIndex("extra")));
  }

  @Test
  void missingRequiredColumnStopsTheRunNamingIt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("no-tier"));
    TestInputs.writeBatch(in);
    TestInputs.write(in.resolve("facilities.csv"), List.of("facility_id,region_code,designated", "F1,130102,true"));
    IngestException e = assertThrows(IngestException.class,
        () -> TestInputs.ingest(in, tmp.resolve("no-tier-warehouse"), "hostile-2"));
    assertTrue(e.getMessage().startsWith("facilities: file facilities.csv has no column 'tier', which the data "
        + "contract requires."), e.getMessage());
    assertTrue(new Warehouse(TestSpark.session(), tmp.resolve("no-tier-warehouse").toString()).tables().isEmpty(),
        "nothing loaded");
  }

  private static void assertCounts(String dataset, long read, long accepted, long quarantined) {
    IngestResult.DatasetResult d = result.dataset(dataset);
    assertEquals(List.of(read, accepted, quarantined), List.of(d.read(), d.accepted(), d.quarantined()), dataset);
  }
}
