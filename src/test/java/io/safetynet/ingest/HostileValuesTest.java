package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values (issue #24): implausible dates, timestamps and amounts are quarantined naming the field (and the
 * load still writes), personal data in extra columns of any common spelling is hashed, and invalid values that
 * may be personal are masked in reasons and in the quarantine copy.
 */
class HostileValuesTest {
  private static final String RANGE = "1900-01-01.." + LocalDate.now(ZoneOffset.UTC).plusYears(1);
  private static final String CLAIM = ",P1,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,";
  private static final String NO_EXTRAS = ",,,,,";
  private static final List<String> PII = List.of(TestInputs.ID_P1, "张三丰", "王五郎", "赵六妹", "哨兵丁卯",
      "13800000001", "13800000002", "13800000003");

  @TempDir static Path tmp;
  static IngestResult result;
  static Warehouse warehouse;

  @BeforeAll
  static void ingestOnce() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("input"));
    TestInputs.write(in.resolve("facilities.csv"), List.of(
        "facility_id,name,region_code,tier,designated", "F1,Clinic,130102,LEVEL2,true"));
    TestInputs.write(in.resolve("enrolment.csv"), List.of(
        TestInputs.ENROLMENT_HEADER,
        "P1,2020,130102,H1," + TestInputs.ID_P1 + ",张三丰,13800000001,M,1949-12-31,POOR,,,false,0,280,true,true",
        "P2,2020,130102,H1,,,,F,0000-01-01,POOR,,,false,0,280,true,true",
        "P3,2020,130102,H1,,,,哨兵丁卯,1950-01-01,POOR,,,false,0,280,true,true"));
    TestInputs.write(in.resolve("referrals.jsonl"), List.of(
        "{\"referral_id\":\"R1\",\"person_id\":\"P1\",\"from_facility_id\":\"F1\",\"to_facility_id\":\"F1\","
            + "\"issued_on\":\"2020-02-28\",\"Name\":\"王五郎\",\"name \":\"赵六妹\"}"));
    TestInputs.write(in.resolve("claims.csv"), List.of(
        TestInputs.CLAIMS_HEADER.replace(",note", ",Phone,PHONE,mobile,身份证号,姓名"),
        "K1" + CLAIM + "1000.00,900.00,100.00,false,,,ACTIVE,,,,,2020-03-06T10:00:00Z,13800000001,13800000002,"
            + "13800000003," + TestInputs.ID_P1 + ",张三丰",
        "K2,P1,F1,INPATIENT,1500-03-01,2020-03-05,C16.9,100,100,0,false,,,ACTIVE,,,,," + NO_EXTRAS,
        "K3" + CLAIM + "100,100,0,false,,,ACTIVE,,,,,+300000-01-01T00:00:00Z" + NO_EXTRAS,
        "K4" + CLAIM + "100,100,0,false,,,ACTIVE,9999999999999999.99,,,," + NO_EXTRAS,
        "K5" + CLAIM + "100000000.01,100000000.01,0,false,,,ACTIVE,,,,," + NO_EXTRAS,
        "K6" + CLAIM + "13800000001,13800000001,0,false,,,ACTIVE,,,,," + NO_EXTRAS,
        "K7,P9,F1,INPATIENT,2020-03-01,2020-03-05,C16.9,100,100,0,false,,,ACTIVE,,,,,,13800000001,,,,王五郎"));
    result = TestInputs.ingest(in, tmp.resolve("warehouse"), "values-1");
    warehouse = new Warehouse(TestSpark.session(), tmp.resolve("warehouse").toString());
  }

  @Test
  void implausibleDatesTimestampsAndAmountsAreQuarantinedNamingTheField() {
    assertEquals(Map.of(
        2L, "admission_date='1500-03-01': date outside the plausible range " + RANGE,
        3L, "settled_at='+300000-01-01T00:00:00Z': timestamp outside the plausible range " + RANGE,
        4L, "reported_basic_paid='9" + "*".repeat(16) + "(19 chars)': amount above the plausible maximum of "
            + "100000000.00 yuan",
        5L, "total_cost='100000000.01': amount above the plausible maximum of 100000000.00 yuan; "
            + "in_policy_cost='100000000.01': amount above the plausible maximum of 100000000.00 yuan",
        6L, "total_cost='1" + "*".repeat(10) + "(11 chars)': amount above the plausible maximum of 100000000.00 "
            + "yuan; in_policy_cost='1" + "*".repeat(10) + "(11 chars)': amount above the plausible maximum of "
            + "100000000.00 yuan",
        7L, "person_id='P9': unknown person_id (not in enrolment, neither in this batch nor in the warehouse); held "
            + "as PENDING: loaded by the next ingest that brings it, or by ingest --retry-pending"),
        reasons("claims"));
    assertEquals(List.of("K1"), warehouse.read("claims").select("claim_id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals("birth_date='0000-01-01': date outside the plausible range " + RANGE, reasons("enrolment").get(2L));
    IngestResult.DatasetResult claims = result.dataset("claims");
    assertEquals(List.of(7L, 1L, 6L), List.of(claims.read(), claims.accepted(), claims.quarantined()));
  }

  @Test
  void aNameTypedIntoGenderIsMaskedInTheReasonAndTheQuarantineCopy() {
    assertEquals("gender='哨***(4 chars)': not one of [F, M]", reasons("enrolment").get(3L));
    Row p3 = warehouse.read(Warehouse.QUARANTINE).where("dataset = 'enrolment' AND row_number = 3").first();
    String row = p3.getAs("row");
    assertTrue(row.contains("\"gender\":\"哨***(4 chars)\""), row);
    assertTrue(row.contains("\"birth_date\":\"1950-01-01\""), "valid safe values stay readable: " + row);
  }

  @Test
  void personalDataInExtraColumnsIsHashedWithTheContractKey() {
    Pseudonymiser p = new Pseudonymiser(PiiKey.of(TestInputs.KEY));
    Row k1 = warehouse.read("claims").where("claim_id = 'K1'").first();
    assertEquals(new TreeMap<>(Map.of(
        "Phone_hash", p.pseudonym("phone", "13800000001"),
        "PHONE_hash", p.pseudonym("phone", "13800000002"),
        "mobile_hash", p.pseudonym("phone", "13800000003"),
        "身份证号_hash", p.pseudonym("id_number", TestInputs.ID_P1),
        "姓名_hash", p.pseudonym("name", "张三丰"))), new TreeMap<>(k1.getJavaMap(k1.fieldIndex("extra"))));
    Row p1 = warehouse.read("enrolment").where("person_id = 'P1'").first();
    assertEquals((String) p1.getAs("id_number_hash"), k1.<String, String>getJavaMap(k1.fieldIndex("extra"))
        .get("身份证号_hash"), "an ID number in an extra column hashes like the contract's id_number");
    Row r1 = warehouse.read("referrals").first();
    assertEquals(Map.of("Name_hash", p.pseudonym("name", "王五郎"), "name_hash", p.pseudonym("name", "赵六妹")),
        r1.getJavaMap(r1.fieldIndex("extra")));
  }

  @Test
  void heldPendingRowsAndTheirQuarantineCopyArePseudonymised() {
    Pseudonymiser p = new Pseudonymiser(PiiKey.of(TestInputs.KEY));
    String held = warehouse.read(PendingRows.TABLE).where("key = 'K7'").first().getAs("row");
    assertTrue(held.contains("\"Phone_hash\":\"" + p.pseudonym("phone", "13800000001") + "\""), held);
    assertTrue(held.contains("\"姓名_hash\":\"" + p.pseudonym("name", "王五郎") + "\""), held);
    String copy = warehouse.read(Warehouse.QUARANTINE).where("dataset = 'claims' AND row_number = 7").first()
        .getAs("row");
    assertTrue(copy.startsWith("{\"claim_id\":\"K7\",\"person_id\":\"P9\""), copy);
    assertTrue(copy.contains(p.pseudonym("phone", "13800000001")), copy);
  }

  @Test
  void noRawPersonalValueAnywhereInTheWarehouse() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(tmp.resolve("warehouse"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String pii : PII) {
          if (bytes.contains(new String(pii.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
            found.add(pii + " in " + f.getFileName());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  private static Map<Long, String> reasons(String dataset) {
    Map<Long, String> out = new TreeMap<>();
    warehouse.read(Warehouse.QUARANTINE).where("dataset = '" + dataset + "'").collectAsList()
        .forEach(r -> out.put(r.getAs("row_number"), r.getAs("reason")));
    return out;
  }
}
