package io.safetynet.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import io.safetynet.ingest.IngestJob;
import io.safetynet.ingest.IngestResult;
import io.safetynet.ingest.IngestSpec;
import io.safetynet.ingest.PiiKey;
import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample data through ingest and settle on the shared local SparkSession: the POLICY.md worked examples
 * in the settlement table, quarantine counts, an idempotent re-run, a correction to an early claim re-settling the
 * later claim of its person-year, and no raw personal data anywhere in the warehouse. Tests run in order on one
 * warehouse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlePipelineTest {
  private static final PiiKey KEY = PiiKey.of("settle-pipeline-test-key");
  @TempDir static Path tmp;
  private SparkSession spark;
  private String warehouse;
  private Path input;
  private IngestResult firstIngest;
  private SettleResult firstSettle;

  @BeforeAll
  void ingestAndSettleTheSampleData() throws IOException {
    spark = TestSpark.session();
    warehouse = tmp.resolve("warehouse").toString();
    input = tmp.resolve("input");
    Files.createDirectories(input);
    try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".md")).toList()) {
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
    firstIngest = ingest();
    firstSettle = settle();
  }

  @Test
  @Order(1)
  void workedExamplesX1AndX2AreInTheSettlementTable() {
    Row x1 = claim("X1");
    Row x2 = claim("X2");
    assertAmounts(x1, "14880.00", "0.00", "0.00", "3120.00", "0.00", "2000.00");
    assertAmounts(x2, "58175.00", "19021.50", "0.00", "19803.50", "0.00", "3000.00");
    assertEquals("POOR", x2.getAs("category"));
    assertEquals("LEVEL3", x2.getAs("tier"));
    assertEquals("xiaogan", x2.getAs("policy_id"));
    assertEquals(Boolean.TRUE, x2.getAs("referral_compliant"));
    assertEquals(Boolean.FALSE, x2.getAs("in_county"));
    List<Row> trace = x2.getList(x2.fieldIndex("trace"));
    assertTrue(trace.stream().anyMatch(t -> t.getAs("rule").equals("critical-illness")
        && ((BigDecimal) t.getAs("amount")).compareTo(new BigDecimal("19021.50")) == 0
        && t.<String>getAs("clause").contains("001_13153c10c1d4bd39.txt")), "trace names rule, amount and clause");
  }

  @Test
  @Order(2)
  void handMadeSituationsSettleAsTheRulesSay() {
    assertEquals(List.of("NOT_ENROLLED"), flags("H01"));
    assertEquals(List.of("EXCLUDED"), flags("H02"));
    assertEquals(List.of("NON_DESIGNATED"), flags("H03"));
    assertEquals(List.of("REFERRAL_NON_COMPLIANT"), flags("H05"));
    assertEquals(List.of("REFERRAL_NON_COMPLIANT"), flags("H06"));
    // H07: emergency paperwork filed on the 4th working day: compliant (its O 6000 > 10% x 48000 is over the limit)
    assertEquals(List.of("OUT_OF_CATALOGUE_EXCESS"), flags("H07"));
    assertEquals(Boolean.TRUE, claim("H07").getAs("referral_compliant"));
    assertEquals(List.of("REVERSED"), flags("H08"));
    assertEquals(0, ((BigDecimal) claim("H08").getAs("funds_paid")).signum());
    assertEquals("ORDINARY", claim("H09").getAs("category"));
    assertEquals("POOR", claim("H10").getAs("category"));
    // H11: O 2000 on T 10000 at LEVEL2, limit 8% = 800 allowed, 1200 borne by the hospital; POOR|DIBAO -> DIBAO
    assertEquals(0, new BigDecimal("1200.00").compareTo(claim("H11").getAs("hospital_borne")));
    assertEquals("DIBAO", claim("H11").getAs("category"));
    assertEquals("gansu", claim("H12").getAs("policy_id"));
    assertEquals("fuxin", claim("H13").getAs("policy_id"));
    assertEquals("alxa-left-banner", claim("H14").getAs("policy_id"));
  }

  @Test
  @Order(3)
  void everyActiveClaimAddsUpAndBadRowsAreQuarantined() {
    assertEquals(firstIngest.dataset("claims").accepted(), firstSettle.claims());
    assertEquals(firstSettle.claims(), settlement().count());
    long broken = settlement().where("status = 'ACTIVE' AND "
        + "basic_paid + critical_paid + assistance_paid + supplementary_paid + hospital_borne + patient_oop "
        + "<> total_cost").count();
    assertEquals(0, broken);
    assertEquals(0, settlement().where("least(basic_paid, critical_paid, assistance_paid, supplementary_paid, "
        + "hospital_borne, patient_oop) < 0").count());
    // sample-data/README.md lists 8 bad claims, 2 bad enrolment rows and 1 bad household row
    assertEquals(8, firstIngest.dataset("claims").quarantined());
    assertEquals(2, firstIngest.dataset("enrolment").quarantined());
    assertEquals(1, firstIngest.dataset("households").quarantined());
    for (IngestResult.DatasetResult d : firstIngest.datasets()) {
      assertEquals(d.read(), d.accepted() + d.quarantined(), d.dataset());
    }
    assertEquals(11, new Warehouse(spark, warehouse).read(Warehouse.QUARANTINE).count());
  }

  @Test
  @Order(4)
  void reRunningWithNothingChangedWritesNothing() {
    long version = version("settlement");
    IngestResult again = ingest();
    again.datasets().forEach(d -> assertEquals(0, d.inserted() + d.updated(), d.dataset()));
    SettleResult r = settle();
    assertEquals(0, r.personYearsResettled());
    assertEquals(0, r.rowsWritten());
    assertEquals(version, version("settlement"));
  }

  @Test
  @Order(5)
  void correctingAnEarlyClaimReSettlesTheLaterClaimsOfItsPersonYear() throws IOException {
    // X1 corrected to P 19800 / O 200: basic (19800-200)x80% = 15680, critical base 4120, so X2's cumulative base
    // runs 4120 -> 35945: critical 0.6x25000 + 0.7x5945 = 19161.50; top-up 81000-58175-19161.50 = 3663.50;
    // patient OOP 9000+1000 takes the year to 12000, ceiling pays 7000: supplementary 3663.50+9000+7000 = 19663.50.
    Path claims = input.resolve("claims.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(claims, StandardCharsets.UTF_8));
    boolean replaced = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("X1,")) {
        String before = lines.get(i);
        lines.set(i, before.replace(",20000.00,18800.00,1200.00,", ",20000.00,19800.00,200.00,"));
        replaced = !before.equals(lines.get(i));
      }
    }
    assertTrue(replaced, "the X1 row was found and corrected");
    Files.write(claims, lines, StandardCharsets.UTF_8);
    IngestResult r = ingest();
    assertEquals(1, r.dataset("claims").updated());
    SettleResult s = settle();
    assertEquals(1, s.personYearsResettled());
    assertEquals(2, s.rowsWritten());
    assertAmounts(claim("X1"), "15680.00", "0.00", "0.00", "2320.00", "0.00", "2000.00");
    assertAmounts(claim("X2"), "58175.00", "19161.50", "0.00", "19663.50", "0.00", "3000.00");
    assertEquals(firstSettle.claims(), settlement().count());
  }

  @Test
  @Order(6)
  void noRawPersonalDataAnywhereInTheWarehouse() throws IOException {
    List<String> raw = new ArrayList<>();
    List<String> rows = Files.readAllLines(Path.of("sample-data/enrolment.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(rows.get(0).split(","));
    int id = header.indexOf("id_number");
    int name = header.indexOf("name");
    int phone = header.indexOf("phone");
    for (String line : rows.subList(1, rows.size())) {
      String[] f = line.split(",", -1);
      for (int i : new int[] {id, name, phone}) {
        if (f.length > i && f[i].length() >= 6) {
          raw.add(f[i]);
        }
      }
    }
    assertTrue(raw.size() > 500, "PII values to look for: " + raw.size());
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(warehouse))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        String utf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        for (String v : raw) {
          if (content.contains(v) || utf8.contains(v)) {
            found.add(v + " in " + f);
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  @Order(7)
  void aRunKilledBeforeTheReconciliationRebuildIsMendedByTheNextSettle() {
    Warehouse w = new Warehouse(spark, warehouse);
    List<Row> before = w.read(Warehouse.RECONCILIATION).orderBy("claim_id", "fund").collectAsList();
    assertTrue(before.size() > 0, "the sample has claims whose reported amounts differ");
    // what a kill between the settlement commit and the rebuild leaves: a reconciliation of an older settlement
    // (here an empty one, committed without the settle state)
    w.read(Warehouse.RECONCILIATION).limit(0).write().format("delta").mode("overwrite")
        .save(w.path(Warehouse.RECONCILIATION));
    SettleResult mended = settle();
    assertEquals(0, mended.rowsWritten());
    assertEquals(before.size(), mended.reconciliationRows());
    assertEquals(before, w.read(Warehouse.RECONCILIATION).orderBy("claim_id", "fund").collectAsList());
    long version = version(Warehouse.RECONCILIATION);
    settle();
    assertEquals(version, version(Warehouse.RECONCILIATION), "an up-to-date reconciliation is not rebuilt again");
  }

  private IngestResult ingest() {
    return new IngestJob(spark).run(new IngestSpec(input.toString(), warehouse, KEY, null, s -> { }));
  }

  private SettleResult settle() {
    return new SettleJob(spark, s -> { }).run(new SettleSpec(warehouse, Path.of("conf/policies")));
  }

  private org.apache.spark.sql.Dataset<Row> settlement() {
    return new Warehouse(spark, warehouse).read(Warehouse.SETTLEMENT);
  }

  private Row claim(String id) {
    List<Row> rows = settlement().where("claim_id = '" + id + "'").collectAsList();
    assertEquals(1, rows.size(), "settlement rows for " + id);
    return rows.get(0);
  }

  private List<String> flags(String id) {
    Row r = claim(id);
    return r.getList(r.fieldIndex("flags"));
  }

  private long version(String table) {
    return DeltaTable.forPath(spark, new Warehouse(spark, warehouse).path(table)).history(1).first().getLong(0);
  }

  private static void assertAmounts(Row r, String basic, String critical, String assistance, String supp,
      String hospital, String patient) {
    String id = r.getAs("claim_id");
    assertEquals(0, new BigDecimal(basic).compareTo(r.getAs("basic_paid")), id + " basic");
    assertEquals(0, new BigDecimal(critical).compareTo(r.getAs("critical_paid")), id + " critical");
    assertEquals(0, new BigDecimal(assistance).compareTo(r.getAs("assistance_paid")), id + " assistance");
    assertEquals(0, new BigDecimal(supp).compareTo(r.getAs("supplementary_paid")), id + " supplementary");
    assertEquals(0, new BigDecimal(hospital).compareTo(r.getAs("hospital_borne")), id + " hospital");
    assertEquals(0, new BigDecimal(patient).compareTo(r.getAs("patient_oop")), id + " patient");
    assertFalse(r.<String>getAs("status").isEmpty());
  }
}
