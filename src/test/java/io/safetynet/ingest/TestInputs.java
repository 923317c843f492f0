package io.safetynet.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small input batch written by the tests: valid rows plus planted bad ones, each with the reason kind it
 * must be quarantined for. Personal data (IDs, names, phones) is listed so tests can scan for it.
 */
final class TestInputs {
  static final String ID_P1 = withCheck("13010219491231002");
  static final String ID_P2 = withCheck("13010219500101004");
  static final String ID_P4 = withCheck("13010219800515123");
  static final String ID_P5_BAD = withWrongCheck("13010219800515124");
  static final String ID_P6 = withCheck("13010219900101555");
  static final List<String> RAW_PII = List.of(ID_P1, ID_P2, ID_P4, ID_P5_BAD, ID_P6,
      "张三丰", "李四娘", "王五郎", "赵六妹", "13800000001", "13800000002", "13800000005", "13800000006");

  static final String KEY = "test-key-0123456789abcdef";

  static final String ENROLMENT_HEADER = "person_id,insurance_year,region_code,household_id,id_number,name,phone,"
      + "gender,birth_date,category,poverty_identified_on,poverty_exited_on,severe_disability,premium_personal,"
      + "premium_subsidy,supplementary_insured,family_doctor_signed";
  static final String CLAIMS_HEADER = "claim_id,person_id,facility_id,visit_type,admission_date,discharge_date,"
      + "diagnosis_code,total_cost,in_policy_cost,out_of_catalogue_cost,emergency,referral_id,exclusion_reason,"
      + "status,reported_basic_paid,reported_critical_paid,reported_assistance_paid,reported_supplementary_paid,"
      + "settled_at,note";

  /** Claims rows in file order; value = text the quarantine reason must contain, or null when accepted. */
  static final Map<String, String> CLAIMS = new LinkedHashMap<>();

  static {
    CLAIMS.put("C1,P1,F2,INPATIENT,2020-03-01,2020-03-10,C16.9,10000.00,9000.00,1000.00,false,,,ACTIVE,,,,,"
        + "2020-03-11T09:00:00Z,first version", "duplicate key (claim_id=C1) with different content in this batch; the later row 20 of claims.csv was kept");
    CLAIMS.put("C2,P2,F1,OUTPATIENT_GENERAL,2020-04-01,2020-04-01,J06.9,120.50,120.50,0,false,,,ACTIVE,,,,,,", null);
    CLAIMS.put("C2,P2,F1,OUTPATIENT_GENERAL,2020-04-01,2020-04-01,J06.9,120.50,120.50,0,false,,,ACTIVE,,,,,, ", null);
    CLAIMS.put("C3,P1,F2,INPATIENT,2021-01-05,2021-01-09,\"I63.9\",5000,4500,500,true,R1,,ACTIVE,3000,500,200,100,"
        + "2021-01-10 10:00:00,\"has, a comma\nand a \"\"newline\"\"\"", null);
    CLAIMS.put("C4,P3,F2,DAY_CASE,2020-06-01,2020-06-01,N18.5,800,800,0.00,false,,THIRD_PARTY,REVERSED,,,,,,", null);
    CLAIMS.put("C5,P4,F1,OUTPATIENT_CHRONIC,2020-07-01,2020-07-01,I10,50,50,0,,,,ACTIVE,,,,,,", null);
    CLAIMS.put("C7,P1,F2,INPATIENT,2020-03-01", "the record on line 9 has 5 fields but the header has 20");
    CLAIMS.put("C8,P1,F2,INPATIENT,2020-03-01,2020-03-02,C16.9,12.345,12,0.35,false,,,ACTIVE,,,,,,",
        "total_cost='12.345': not a decimal with at most 2 decimal places");
    CLAIMS.put("C9,P1,F2,INPATIENT,2020-03-01,2020-03-02,C16.9,100,50,40,false,,,ACTIVE,,,,,,",
        "total_cost=100.00 differs from in_policy_cost + out_of_catalogue_cost = 90.00 by more than 0.01");
    CLAIMS.put("C10,P1,F2,INPATIENT,2020-03-01,2020-03-02,C16.9,100,120,0,false,,,ACTIVE,,,,,,",
        "in_policy_cost=120.00 is above total_cost=100.00");
    CLAIMS.put("C11,P1,F2,INPATIENT,2020-03-05,2020-03-02,C16.9,100,100,0,false,,,ACTIVE,,,,,,",
        "discharge_date=2020-03-02 is before admission_date=2020-03-05");
    CLAIMS.put("C12,P1,F1,OUTPATIENT_GENERAL,2020-03-01,2020-03-02,J06.9,10,10,0,false,,,ACTIVE,,,,,,",
        "for OUTPATIENT_GENERAL (an outpatient visit has discharge_date = admission_date)");
    CLAIMS.put("C13,P1,F2,SURGERY,2020-03-01,2020-03-02,C16.9,100,100,0,false,,,ACTIVE,,,,,,", "visit_type='SURGERY': not one of [DAY_CASE, INPATIENT, OUTPATIENT_CHRONIC, OUTPATIENT_GENERAL, OUTPATIENT_SEVERE]");
    CLAIMS.put("C14,P99,F2,INPATIENT,2020-03-01,2020-03-02,C16.9,100,100,0,false,,,ACTIVE,,,,,,",
        "person_id='P99': unknown person_id (not in enrolment");
    CLAIMS.put("C15,P1,F9,INPATIENT,2020-03-01,2020-03-02,C16.9,100,100,0,false,,,ACTIVE,,,,,,",
        "facility_id='F9': unknown facility_id (not in facilities");
    CLAIMS.put("C16,P1,F2,INPATIENT,2020-02-30,2020-03-02,C16.9,100,100,0,false,,,ACTIVE,,,,,,",
        "admission_date='2020-02-30': not an existing calendar date");
    CLAIMS.put("C17,P1,F2,INPATIENT,2020-03-01,2020-03-02,C16.9,100,100,0,false,,,,,,,,,",
        "status is required but empty or missing");
    CLAIMS.put("C18,P1,F2,INPATIENT,2020-03-01,2020-03-02,C16.9,100,105,-5,false,,,ACTIVE,,,,,,",
        "out_of_catalogue_cost='-5': negative amount");
    CLAIMS.put("C20,P1,F2,INPATIENT,2020-03-01,2020-03-02,C16.9,100,100,0,yes,,,ACTIVE,,,,,,",
        "emergency='yes': not true/false");
    CLAIMS.put("C1,P1,F2,INPATIENT,2020-03-01,2020-03-10,C16.9,11000.00,9500.00,1500.00,false,,,ACTIVE,,,,,"
        + "2020-03-11T09:00:00Z,corrected", null);
    CLAIMS.put("C21,P1,F2,INPATIENT,2020-03-01,2020-03-02,\"C16.9,100,100,0,false,,,ACTIVE,,,,,,",
        "a quoted field starting on line 23 is not closed before the end of the file");
  }

  private TestInputs() {}

  static String withWrongCheck(String first17) {
    return first17 + (IdNumberCheck.checkChar(first17) == '0' ? '1' : '0');
  }

  static String withCheck(String first17) {
    return first17 + IdNumberCheck.checkChar(first17);
  }

  /** Writes the full batch: facilities.csv, enrolment.csv, households.csv, referrals.jsonl, claims.csv. */
  static Path writeBatch(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("facilities.csv"), List.of(
        "facility_id,name,region_code,tier,designated,major_disease_designated",
        "F1,Village clinic,130102,VILLAGE,true,false",
        "F2,\"County hospital, east wing\",130102,LEVEL2,true,true",
        "F3,Nowhere,130102,LEVEL4,true,false"));
    write(dir.resolve("enrolment.csv"), List.of(
        ENROLMENT_HEADER,
        "P1,2020,130102,H1," + ID_P1 + ",张三丰,13800000001,M,1949-12-31,POOR|DIBAO,2016-03-01,,false,0.00,280.00,true,true",
        "P1,2021,130102,H1," + ID_P1 + ",张三丰,13800000001,M,1949-12-31,POOR,2016-03-01,,false,0.00,300.00,true,true",
        "P2,2020,130102,H1," + ID_P2 + ",李四娘,13800000002,F,1950-01-01,POOR,2016-03-01,,false,0,280,true,false",
        "P3,2020,130103,H2,,,,,,ORDINARY,,,,250,0,false,",
        "P4,2020,130102,H3," + ID_P4.toLowerCase() + ",,,F,1980-05-15,DIBAO,2018-01-01,2019-12-31,,0,280,true,",
        "P5,2020,130102,H3," + ID_P5_BAD + ",王五郎,13800000005,M,1980-05-15,TEKUN,,,,0,280,true,",
        "P6,2020,130102,H4," + ID_P6 + ",赵六妹,13800000006"));
    write(dir.resolve("households.csv"), List.of(
        "household_id,year,region_code,size,annual_income,registered_poor,poverty_cause",
        "H1,2020,130102,4,8000.50,true,ILLNESS",
        "H2,2020,130103,0,5000,false,",
        "H3,2020,130102,2,-1200.00,false,"));
    write(dir.resolve("referrals.jsonl"), List.of(
        "{\"referral_id\":\"R1\",\"person_id\":\"P1\",\"from_facility_id\":\"F1\",\"to_facility_id\":\"F2\","
            + "\"issued_on\":\"2021-01-04\",\"emergency\":false,\"filed_on\":\"2021-01-04\",\"doctor\":{\"id\":7}}",
        "{\"referral_id\":\"R2\",\"person_id\":\"P2\",",
        "",
        "{\"referral_id\":\"R3\",\"person_id\":\"P77\",\"from_facility_id\":\"F1\",\"to_facility_id\":\"F2\","
            + "\"issued_on\":\"2021-01-04\",\"emergency\":true}",
        "[1,2]"));
    List<String> claims = new ArrayList<>();
    claims.add(CLAIMS_HEADER);
    claims.addAll(CLAIMS.keySet());
    write(dir.resolve("claims.csv"), claims);
    return dir;
  }

  static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }

  static IngestResult ingest(Path input, Path warehouse, String runId) {
    return new IngestJob(io.safetynet.spark.TestSpark.session())
        .run(new IngestSpec(input.toString(), warehouse.toString(), PiiKey.of(KEY), runId, line -> { }));
  }
}
