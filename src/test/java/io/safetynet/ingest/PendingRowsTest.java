package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims of a person or facility not loaded yet (issue #24): quarantined with their cleaned row, held as pending,
 * loaded by the batch that brings the missing row or by --retry-pending; re-runs change nothing.
 */
class PendingRowsTest {
  private static final String FACILITIES = "facility_id,name,region_code,tier,designated";
  private static final String ENROLMENT = "person_id,insurance_year,region_code,household_id,name,category";
  private static final String CLAIM = ",INPATIENT,2020-03-01,2020-03-05,C16.9,100,100,0,false,,,ACTIVE,,,,,,";

  @TempDir Path tmp;

  private Path batch(String name, List<String> enrolment, List<String> claims) throws Exception {
    Path in = Files.createDirectories(tmp.resolve(name));
    TestInputs.write(in.resolve("facilities.csv"), List.of(FACILITIES, "F1,Clinic,130102,LEVEL2,true"));
    List<String> e = new ArrayList<>(List.of(ENROLMENT));
    e.addAll(enrolment);
    TestInputs.write(in.resolve("enrolment.csv"), e);
    List<String> c = new ArrayList<>(List.of(TestInputs.CLAIMS_HEADER));
    c.addAll(claims);
    TestInputs.write(in.resolve("claims.csv"), c);
    return in;
  }

  private IngestResult ingest(Path in, Path wh, String run, List<String> steps) {
    return new IngestJob(TestSpark.session()).run(new IngestSpec(in == null ? null : in.toString(), wh.toString(),
        PiiKey.of(TestInputs.KEY), run, l -> { }, null, in == null, steps::add));
  }

  private static Map<String, Long> versions(Warehouse w) {
    Map<String, Long> v = new LinkedHashMap<>();
    List<String> tables = new ArrayList<>(w.tables());
    tables.add(PendingRows.TABLE);
    for (String t : tables) {
      v.put(t, DeltaTable.forPath(TestSpark.session(), w.path(t)).history(1).first().getLong(0));
    }
    return v;
  }

  @Test
  void unknownReferencesWaitAsPendingAndLoadWhenTheMissingRowArrives() throws Exception {
    Path wh = tmp.resolve("warehouse");
    Warehouse w = new Warehouse(TestSpark.session(), wh.toString());
    Path day1 = batch("day1", List.of("P1,2020,130102,H1,张三丰,POOR"),
        List.of("C1,P1,F1" + CLAIM, "C2,P9,F1" + CLAIM, "C3,P1,F9" + CLAIM));
    List<String> steps = new ArrayList<>();
    IngestResult.DatasetResult claims = ingest(day1, wh, "day1", steps).dataset("claims");
    assertEquals(List.of(3L, 1L, 2L, 0L, 2L), List.of(claims.read(), claims.accepted(), claims.quarantined(),
        claims.pendingLoaded(), claims.pendingWaiting()));
    // the quarantine keeps the cleaned row of a cross-row failure, not null
    Row c2 = w.read(Warehouse.QUARANTINE).where("dataset = 'claims' AND row_number = 2").first();
    assertNotNull(c2.getAs("row"));
    assertTrue(((String) c2.getAs("row")).startsWith("{\"claim_id\":\"C2\",\"person_id\":\"P9\""),
        (String) c2.getAs("row"));
    assertTrue(((String) c2.getAs("reason")).startsWith("person_id='P9': unknown person_id (not in enrolment, "
        + "neither in this batch nor in the warehouse); held as PENDING"), (String) c2.getAs("reason"));
    assertEquals(List.of("C2", "C3"), w.read(PendingRows.TABLE).orderBy("key").select("key")
        .as(Encoders.STRING()).collectAsList());
    assertTrue(steps.stream().anyMatch(
        s -> s.matches("claims +read and validated 3 records, 0 invalid \\(\\d+\\.\\d s\\)")), steps.toString());
    assertTrue(steps.stream().anyMatch(s -> s.matches("claims +merged: 1 inserted, 0 updated, 0 unchanged; "
        + "quarantine and pending written \\(\\d+\\.\\d s\\)")), steps.toString());
    assertTrue(IngestReport.line(claims).contains("pending (unknown reference): 0 held earlier now loaded, 2 still "
        + "waiting"), IngestReport.line(claims));

    // the same input again: no table changes at all
    Map<String, Long> before = versions(w);
    IngestResult.DatasetResult again = ingest(day1, wh, "day1-again", new ArrayList<>()).dataset("claims");
    assertEquals(before, versions(w));
    assertEquals(List.of("claims", "enrolment", "facilities", "quarantine"), w.tables(), "pending is not published");
    assertEquals(List.of(3L, 1L, 2L, 0L, 2L), List.of(again.read(), again.accepted(), again.quarantined(),
        again.pendingLoaded(), again.pendingWaiting()));

    // day 2 brings person P9 (and an unrelated claim): C2 is loaded from pending, C3 still waits for F9
    Path day2 = batch("day2", List.of("P9,2020,130102,H9,李四娘,POOR"), List.of("C4,P1,F1" + CLAIM));
    IngestResult.DatasetResult d2 = ingest(day2, wh, "day2", new ArrayList<>()).dataset("claims");
    assertEquals(List.of(1L, 1L, 0L, 1L, 1L), List.of(d2.read(), d2.accepted(), d2.quarantined(),
        d2.pendingLoaded(), d2.pendingWaiting()));
    assertEquals(List.of("C1", "C2", "C4"), claimIds(w));

    // facility F9 appears in the table by other means; --retry-pending loads C3 without new input
    w.read("facilities").where("facility_id = 'F1'").selectExpr("'F9' AS facility_id", "*").drop("facility_id")
        .selectExpr("'F9' AS facility_id", "name", "region_code", "tier", "designated", "major_disease_designated",
            "extra", "row_hash", "source_file", "ingest_run")
        .write().format("delta").mode("append").save(w.path("facilities"));
    IngestResult retried = ingest(null, wh, "retry", new ArrayList<>());
    IngestResult.DatasetResult r = retried.dataset("claims");
    assertEquals(List.of(0L, 0L, 0L, 1L, 0L), List.of(r.read(), r.accepted(), r.quarantined(), r.pendingLoaded(),
        r.pendingWaiting()));
    assertEquals(List.of("C1", "C2", "C3", "C4"), claimIds(w));
    assertEquals(0L, w.read(PendingRows.TABLE).count());
    assertFalse(IngestReport.summary(retried).contains("still waiting"), IngestReport.summary(retried));
  }

  private static List<String> claimIds(Warehouse w) {
    return w.read("claims").orderBy("claim_id").select("claim_id").as(Encoders.STRING()).collectAsList();
  }
}
