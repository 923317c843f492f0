package io.safetynet.indicators;

import static io.safetynet.indicators.SettlementRow.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.indicators.InspectionFlag.Type;
import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six Xiaogan LEVEL2 hospitals (limit 8%), every claim a poor inpatient with T = 10000. G1..G5 are ordinary
 * (out-of-catalogue 3%, 4%, 5%, 7%, 9%); G6 is the planted offender: O 2000 in Oct and Nov, 2500 on four December
 * admissions of one person, hospital system over-reporting basic by 500 on each of its 6 claims.
 */
class InspectJobTest {
  @TempDir static Path dir;
  static TestWarehouse warehouse;
  static InspectResult result;

  static SettlementRow inpatient(String id, String person, String facility, String date, String ooc, String basic) {
    BigDecimal o = new BigDecimal(ooc);
    BigDecimal hospital = o.subtract(new BigDecimal("800")).max(BigDecimal.ZERO);
    return claim(id, person, "H" + person).at(facility, "420922", "LEVEL2").dates(date, date)
        .cost("10000", new BigDecimal("10000").subtract(o).toPlainString(), ooc)
        .paid(basic, "0", "0", "0", "0", hospital.toPlainString());
  }

  @BeforeAll
  static void run() {
    warehouse = new TestWarehouse(dir).add(
        inpatient("G1-1", "P11", "G1", "2018-10-03", "300", "7000"),
        inpatient("G2-1", "P21", "G2", "2018-06-01", "400", "7000"),
        inpatient("G2-2", "P21", "G2", "2018-06-15", "400", "7000"),
        inpatient("G2-3", "P21", "G2", "2018-06-29", "400", "7000"),
        inpatient("G3-1", "P31", "G3", "2018-11-03", "500", "7000").reportedAll("7150", "0", "0", "0"),
        inpatient("G4-1", "P41", "G4", "2018-11-04", "700", "7000").reportedAll("6950", "0", "0", "0"),
        inpatient("G5-1", "P51", "G5", "2018-12-05", "900", "7000"),
        inpatient("G6-1", "P60", "G6", "2018-10-05", "2000", "7000").reportedAll("7500", "0", "0", "0"),
        inpatient("G6-2", "P61", "G6", "2018-11-05", "2000", "7000").reportedAll("7500", "0", "0", "0"),
        inpatient("G6-3", "P62", "G6", "2018-12-01", "2500", "7000").reportedAll("7500", "0", "0", "0"),
        inpatient("G6-4", "P62", "G6", "2018-12-08", "2500", "7000").reportedAll("7500", "0", "0", "0"),
        inpatient("G6-5", "P62", "G6", "2018-12-15", "2500", "7000").reportedAll("7500", "0", "0", "0"),
        inpatient("G6-6", "P62", "G6", "2018-12-22", "2500", "7000").reportedAll("7500", "0", "0", "0")
            .trace("OUT_OF_CATALOGUE_CONTROL", "001 part 1 §3 目录外费用控制", "1700",
                "O 2500 > 8% x T 10000 = 800; excess borne by the hospital")
            .trace("BASIC_INPATIENT", "001 part 1 §3 住院报销", "7000", "(7500 - 200) x 80% = 5840 (test amount)")
            .flag("OUT_OF_CATALOGUE_EXCESS"))
        .write();
    result = new InspectJob(InspectSpec.defaults(warehouse.root, Fixtures.LIMITS)).run(TestSpark.session());
  }

  private static List<InspectionFlag> of(Type type) {
    return result.flags().stream().filter(f -> f.type() == type).collect(Collectors.toList());
  }

  private static List<String> facilities(Type type) {
    return of(type).stream().map(InspectionFlag::facilityId).collect(Collectors.toList());
  }

  @Test
  void plantedOffenderRanksFirstOverTheLimit() {
    // G6: O = 2 x 2000 + 4 x 2500 = 14000 of T 60000 = 23.3% -> 15.3 points over 8%; G5: 9% -> 1.0 point;
    // G1..G4 are under 8%. Hospital-borne 2 x 1200 + 4 x 1700 = 9200.
    assertEquals(List.of("G6", "G5"), facilities(Type.OOC_OVER_LIMIT));
    InspectionFlag g6 = of(Type.OOC_OVER_LIMIT).get(0);
    assertEquals(1, g6.rank());
    assertEquals(new BigDecimal("0.1533"), g6.score());
    assertEquals(new BigDecimal("0.0100"), of(Type.OOC_OVER_LIMIT).get(1).score());
    assertTrue(g6.evidence().contains("share 23.3% vs limit 8.0% (+15.3 points) on 6 special-category"),
        g6.evidence());
    assertTrue(g6.evidence().contains("6 claims over the limit; hospital-borne 9,200.00 yuan"), g6.evidence());
    // trend: Oct 20%, Nov 20%, Dec 25%
    assertTrue(g6.evidence().contains("last 3 months: 2018-10 20.0%, 2018-11 20.0%, 2018-12 25.0%"), g6.evidence());
    // worst excess first: December claims (1700 each) before October/November (1200)
    assertEquals(List.of("G6-3", "G6-4", "G6-5", "G6-6", "G6-1", "G6-2"), g6.claimIds());
  }

  @Test
  void peerPercentileFlagsTheTopOfTheTier() {
    // shares sorted 3, 4, 5, 7, 9, 23.3%: percent rank of G6 = 5/5 = 1.0, G5 = 4/5 = 0.8 (>= 0.8, above the
    // median 7%); G4 = 3/5 = 0.6 is not flagged
    assertEquals(List.of("G6", "G5"), facilities(Type.OOC_PEER_OUTLIER));
    assertEquals(new BigDecimal("1.0000"), of(Type.OOC_PEER_OUTLIER).get(0).score());
    assertEquals(new BigDecimal("0.8000"), of(Type.OOC_PEER_OUTLIER).get(1).score());
    assertTrue(of(Type.OOC_PEER_OUTLIER).get(0).evidence().contains("percentile 100 of 6 LEVEL2 facilities"));
  }

  @Test
  void frequentAdmissionsAndReconciliationRankTheOffenderFirst() {
    // G6: P62 admitted 4 times in Dec (1..22); G2: P21 3 times in June (1..29 = 28 days)
    assertEquals(List.of("G6", "G2"), facilities(Type.FREQUENT_ADMISSIONS));
    assertEquals(new BigDecimal("4.0000"), of(Type.FREQUENT_ADMISSIONS).get(0).score());
    // G6: 6 x |7500 - 7000| = 3000; G3: 150; G4: 50 is under the 100 yuan minimum
    assertEquals(List.of("G6", "G3"), facilities(Type.RECONCILIATION_DIFFERENCE));
    assertEquals(new BigDecimal("3000.0000"), of(Type.RECONCILIATION_DIFFERENCE).get(0).score());
    assertTrue(of(Type.RECONCILIATION_DIFFERENCE).get(0).evidence().contains("3,000.00 yuan on 6 claims (basic 3,000.00"));
  }

  @Test
  void flagsTableAndReport() {
    List<Row> rows = TestSpark.session().read().format("delta").load(Tables.path(warehouse.root, InspectJob.TABLE))
        .filter("rank = 1").orderBy("flag_type").collectAsList();
    assertEquals(4, rows.size());
    rows.forEach(r -> assertEquals("G6", r.getString(0)));
    String report = result.report();
    assertTrue(report.startsWith("Inspection report: 8 flags on 4 facilities"), report);
    assertTrue(report.contains("  1. G6 (LEVEL2, 420922) score 0.1533"), report);
  }

  @Test
  void explainClaimTellsTheTraceInWords() {
    List<String> lines = new ExplainClaim(warehouse.root).explain(TestSpark.session(), "G6-6");
    assertTrue(lines.get(0).startsWith("Claim G6-6: person P62, INPATIENT at G6 (LEVEL2, county 420922)"),
        lines.get(0));
    assertEquals("Total 10,000.00 = in-policy 7,500.00 + out-of-catalogue 2,500.00", lines.get(1));
    assertEquals("1. OUT_OF_CATALOGUE_CONTROL: 1,700.00 yuan (why: O 2500 > 8% x T 10000 = 800; excess borne by the"
        + " hospital) [clause: 001 part 1 §3 目录外费用控制]", lines.get(2));
    assertTrue(lines.get(3).startsWith("2. BASIC_INPATIENT: 7,000.00 yuan"), lines.get(3));
    assertEquals("Paid: basic 7,000.00, critical 0.00, assistance 0.00, supplementary 0.00; hospital-borne 1,700.00;"
        + " patient 1,300.00", lines.get(4));
    assertEquals("Flags: OUT_OF_CATALOGUE_EXCESS", lines.get(5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ExplainClaim(warehouse.root).explain(TestSpark.session(), "NOPE"));
    assertTrue(e.getMessage().startsWith("claim NOPE is not in the settlement table"), e.getMessage());
  }
}
