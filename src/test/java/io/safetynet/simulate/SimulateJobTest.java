package io.safetynet.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.ingest.IngestJob;
import io.safetynet.ingest.IngestSpec;
import io.safetynet.ingest.PiiKey;
import io.safetynet.spark.TestSpark;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One simulation on a hand-made warehouse, checked by hand. Three persons, insurance year 2018:
 * <ul>
 *   <li>X, poor, Dawu county (Xiaogan), household HX (3 persons, income 20000): POLICY.md §3's worked claims X1
 *       (LEVEL2, T 20000, P 18800, O 1200) and X2 (LEVEL3 in county, T 100000, P 90000, O 10000). Baseline, as in
 *       POLICY.md: X1 basic 14880, supplementary 3120, OOP 2000; X2 basic 58175, critical 19021.50, supplementary
 *       19803.50, OOP 3000.</li>
 *   <li>G, poor, Gansu (620421), household HG (1 person, income 5000): G1 LEVEL2, T = P = 15000. Basic (no
 *       deductible for the poor) 15000 x 80% = 12000; critical base 3000, deductible 2000: 60% x 1000 = 600;
 *       in-policy OOP 2400 is under the assistance threshold 3000, so assistance 0 and OOP 2400.</li>
 *   <li>household HO (420922, 2 persons, income 10000) has no claims.</li>
 * </ul>
 * Baseline: basic 14880 + 58175 + 12000 = 85055; critical 19621.50; supplementary 22923.50; funds 127600;
 * OOP 7400 of total cost 135000 (actual ratio 0.945185); funds on in-policy cost 16920 + 88000 + 12600 = 117520 of
 * 123800 (0.949273). Targets (policy configs): G's compliant ratio 12600 / 15000 = 84% &lt; Gansu's 85% (1 below); X's actual
 * ratio 115000 / 120000 = 95.8% meets Xiaogan's 90%. Household OOP: HG 2400, HX 5000: nearest-rank median (rank
 * ceil(0.5 x 2) = 1) 2400, 90th percentile (rank 2) 5000, none above its region's ceiling (HX: Xiaogan's 5000; HG:
 * Gansu sets none). Poverty line 2018: 2995: HG falls from
 * 5000 to 2600 per head (impoverished), HX stays at 5000: rate 1 / 3 households.
 */
class SimulateJobTest {
  @TempDir static Path tmp;
  static SimulateJob.Plan plan;
  static SimulateJob.Result result;
  static SimulateJob job;

  @BeforeAll
  static void simulateOnce() throws IOException {
    Path input = writeInput(tmp.resolve("input"));
    String warehouse = tmp.resolve("warehouse").toString();
    new IngestJob(TestSpark.session())
        .run(new IngestSpec(input.toString(), warehouse, PiiKey.of("simulate-test-key-0123456789"), "run-1", l -> { }));
    // a scenario that sets the value the policy already has
    Path identity = tmp.resolve("identity.yaml");
    Files.writeString(identity, "name: identity\npolicy: xiaogan\nsource: assumption\n"
        + "set:\n  critical.deductible.POOR: 5000\n");
    plan = SimulateJob.plan(new SimulateJob.Spec(warehouse, Path.of("conf/policies"), List.of(identity,
        Path.of("conf/scenarios/xiaogan-critical-deductible-3000.yaml"),
        Path.of("conf/scenarios/gansu-assistance-threshold-2000.yaml")), null, Path.of("conf/indicators.yaml"),
        Path.of("conf/financing.yaml"), 5));
    job = new SimulateJob(TestSpark.session(), l -> { });
    result = job.run(plan);
  }

  @AfterAll
  static void dropTables() {
    TestSpark.session().catalog().clearCache();
  }

  @Test
  void baselineIsTheHandComputedSettlement() {
    ScenarioResult b = result.comparison().baseline();
    assertEquals(3, result.claims());
    assertEquals(money("85055"), b.value(Metric.BASIC));
    assertEquals(money("19621.50"), b.value(Metric.CRITICAL));
    assertEquals(money("0"), b.value(Metric.ASSISTANCE));
    assertEquals(money("22923.50"), b.value(Metric.SUPPLEMENTARY));
    assertEquals(money("127600"), b.value(Metric.FUNDS));
    assertEquals(money("7400"), b.value(Metric.PATIENT_OOP));
    assertEquals(new BigDecimal("0.945185"), b.value(Metric.ACTUAL_RATIO));
    assertEquals(new BigDecimal("0.949273"), b.value(Metric.COMPLIANT_RATIO));
    assertEquals(BigDecimal.ONE, b.value(Metric.BELOW_TARGET));
    assertEquals(money("2400"), b.value(Metric.OOP_MEDIAN));
    assertEquals(money("5000"), b.value(Metric.OOP_P90));
    assertEquals(BigDecimal.ZERO, b.value(Metric.OOP_OVER_CEILING));
    assertEquals(BigDecimal.ONE, b.value(Metric.IMPOVERISHING));
    assertEquals(new BigDecimal("0.333333"), b.value(Metric.POVERTY_RATE));
    assertEquals("n/a (needs >= 3 years)", b.display(Metric.SHORTFALL_YEAR));
  }

  @Test
  void aScenarioThatChangesNothingReproducesTheBaselineExactly() {
    ScenarioResult b = result.comparison().baseline();
    ScenarioResult identity = result.comparison().scenarios().get(0);
    assertEquals("identity", identity.name());
    assertEquals(b.values(), identity.values());
    assertEquals(b.notes(), identity.notes());
    Dataset<Row> rows = job.settleAll(plan).drop("policy_version");
    Dataset<Row> base = rows.filter("scenario = 'baseline'").drop("scenario");
    Dataset<Row> same = rows.filter("scenario = 'identity'").drop("scenario");
    assertEquals(3, base.count());
    assertEquals(0, base.exceptAll(same).count());
    assertEquals(0, same.exceptAll(base).count());
  }

  /**
   * Critical deductible 3000 (Xiaogan): X's cumulative critical base 3920 -> 35745 now pays from 3000:
   * X1 0.6 x 920 = 552, X2 0.6 x 27000 + 0.7 x 5745 - 552 = 19669.50 (+648). The supplementary top-up to 90% and
   * the 5000 ceiling absorb the gain: X1 top-up 16920 - 15432 = 1488 (was 2040), X2 81000 - 77844.50 = 3155.50
   * (was 3803.50). So critical +1200, supplementary -1200, funds and OOP unchanged; Gansu's G unchanged.
   * Assistance threshold 2000 (Gansu): G's in-policy OOP 2400 now gets 400 from assistance, OOP 2000: funds +400,
   * compliant ratio 13000 / 15000 = 86.7% meets 85% (0 below); HG's per-head income stays at 3000 >= 2995.
   */
  @Test
  void scenarioDeltasMatchTheHandComputation() {
    Comparison c = result.comparison();
    ScenarioResult critical = c.scenarios().get(1);
    assertEquals(money("20821.50"), critical.value(Metric.CRITICAL));
    assertEquals(money("1200"), Comparison.delta(c.baseline(), critical, Metric.CRITICAL));
    assertEquals(money("-1200"), Comparison.delta(c.baseline(), critical, Metric.SUPPLEMENTARY));
    assertEquals(money("0"), Comparison.delta(c.baseline(), critical, Metric.FUNDS));
    assertEquals(money("0"), Comparison.delta(c.baseline(), critical, Metric.PATIENT_OOP));
    assertEquals(c.baseline().value(Metric.POVERTY_RATE), critical.value(Metric.POVERTY_RATE));

    ScenarioResult gansu = c.scenarios().get(2);
    assertEquals(money("400"), gansu.value(Metric.ASSISTANCE));
    assertEquals(money("128000"), gansu.value(Metric.FUNDS));
    assertEquals(money("7000"), gansu.value(Metric.PATIENT_OOP));
    assertEquals(new BigDecimal("0.948148"), gansu.value(Metric.ACTUAL_RATIO));
    assertEquals(BigDecimal.ZERO, gansu.value(Metric.BELOW_TARGET));
    assertEquals(money("2000"), gansu.value(Metric.OOP_MEDIAN));
    assertEquals(BigDecimal.ZERO, gansu.value(Metric.IMPOVERISHING));
    assertEquals(new BigDecimal("0.000000"), gansu.value(Metric.POVERTY_RATE));

    String text = c.text();
    assertTrue(text.contains("critical deductible 3000"), text);
    assertTrue(text.contains("+1,200.00"), text);
    assertTrue(text.contains("-33.33 pp"), text);
  }

  @Test
  void theComparisonTableHoldsOneRowPerScenarioAndMetric() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> t = spark.read().format("delta").load(Path.of(plan.spec().warehouse(), SimulateJob.TABLE).toString());
    assertEquals(3L * Metric.values().length, t.count());
    assertEquals(result.rowsWritten(), t.count());
    Row r = t.filter("scenario = 'critical deductible 3000' and metric = 'CRITICAL'").first();
    assertEquals(0, new BigDecimal("19621.50").compareTo(r.getAs("baseline")));
    assertEquals(0, new BigDecimal("1200").compareTo(r.getAs("delta")));
    assertEquals("2018.1+xiaogan-critical-deductible-3000.yaml", r.getAs("policy_version"));
    assertEquals(1, spark.read().format("delta").load(Path.of(plan.spec().warehouse(), SimulateJob.TABLE).toString())
        .select("scenario_file").distinct().filter("scenario_file like '%gansu%'").count());
  }

  @Test
  void noPersonsPublicFundsFallUnderTheScenarios() {
    Map<String, BigDecimal> base = new TreeMap<>();
    List<String> lower = new ArrayList<>();
    List<Row> perPerson = job.settleAll(plan)
        .groupBy("scenario", "person_id")
        .agg(org.apache.spark.sql.functions.expr("sum(basic_paid + critical_paid + assistance_paid)"))
        .orderBy(org.apache.spark.sql.functions.expr("scenario = 'baseline'").desc()).collectAsList();
    for (Row r : perPerson) {
      if (r.getString(0).equals("baseline")) {
        base.put(r.getString(1), r.getDecimal(2));
      } else if (r.getDecimal(2).compareTo(base.get(r.getString(1))) < 0) {
        lower.add(r.toString());
      }
    }
    assertEquals(2, base.size());
    assertEquals(List.of(), lower);
  }

  /**
   * Elasticity -0.2 (RAND HIE): under the Gansu scenario G1's OOP falls from 2400 to 2000, so it counts for
   * (2000 / 2400)^-0.2 = 1.037137 admissions and each amount is scaled and rounded: total 15000 -> 15557.06, basic
   * 12000 -> 12445.64, critical 600 -> 622.28, assistance 400 -> 414.85, funds 13482.77, and OOP is the remainder
   * 2074.29 (not 2000 x w = 2074.27), so funds + OOP = total stays exact. X's claims keep their OOP under the
   * Xiaogan scenario (weight 1); the baseline is never scaled.
   */
  @Test
  void theUtilisationResponseScalesAScenariosClaimsByItsOopPrice() {
    SimulateJob.Plan elastic = SimulateJob.plan(new SimulateJob.Spec(plan.spec().warehouse(),
        Path.of("conf/policies"), List.of(Path.of("conf/scenarios/xiaogan-critical-deductible-3000.yaml"),
            Path.of("conf/scenarios/gansu-assistance-threshold-2000.yaml")), -0.2, Path.of("conf/indicators.yaml"),
        Path.of("conf/financing.yaml"), 5));
    String xiaogan = elastic.scenarios().get(0).name();
    String gansu = elastic.scenarios().get(1).name();
    List<Row> rows = job.settleAll(elastic).collectAsList();
    assertEquals(9, rows.size(), "3 claims x (baseline + 2 scenarios)");
    Row g = rows.stream().filter(r -> gansu.equals(r.getAs("scenario")) && "620421".equals(r.getAs("region_code")))
        .findFirst().orElseThrow();
    assertEquals(new BigDecimal("1.037137"), g.getAs("admissions"));
    assertEquals(money("15557.06"), g.getAs("total_cost"));
    assertEquals(money("12445.64"), g.getAs("basic_paid"));
    assertEquals(money("622.28"), g.getAs("critical_paid"));
    assertEquals(money("414.85"), g.getAs("assistance_paid"));
    assertEquals(money("13482.77"), g.getAs("funds_paid"));
    assertEquals(money("2074.29"), g.getAs("patient_oop"));
    for (Row r : rows) {
      boolean scaled = r == g;
      assertEquals(scaled, ((BigDecimal) r.getAs("admissions")).compareTo(BigDecimal.ONE) != 0,
          r.getAs("scenario") + " " + r.getAs("region_code") + " admissions " + r.getAs("admissions"));
    }
    assertEquals(3, rows.stream().filter(r -> xiaogan.equals(r.getAs("scenario"))).count());
  }

  private static BigDecimal money(String v) {
    return new BigDecimal(v).setScale(2);
  }

  static Path writeInput(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("facilities.csv"),
        "facility_id,name,region_code,tier,designated,major_disease_designated",
        "DW-L2,Dawu county hospital,420922,LEVEL2,true,false",
        "DW-L3,Dawu level-3 hospital,420922,LEVEL3,true,false",
        "GS-L2,Gansu county hospital,620421,LEVEL2,true,false");
    write(dir.resolve("enrolment.csv"),
        "person_id,insurance_year,region_code,household_id,id_number,name,phone,gender,birth_date,category,"
            + "poverty_identified_on,poverty_exited_on,severe_disability,premium_personal,premium_subsidy,"
            + "supplementary_insured,family_doctor_signed",
        "PX,2018,420922,HX,,,,F,1960-01-01,POOR,2017-01-01,,false,0.00,220.00,true,true",
        "PG,2018,620421,HG,,,,M,1955-01-01,POOR,2017-01-01,,false,0.00,220.00,false,true");
    write(dir.resolve("households.csv"),
        "household_id,year,region_code,size,annual_income,registered_poor,poverty_cause",
        "HX,2018,420922,3,20000.00,true,ILLNESS",
        "HG,2018,620421,1,5000.00,true,ILLNESS",
        "HO,2018,420922,2,10000.00,false,");
    write(dir.resolve("claims.csv"),
        "claim_id,person_id,facility_id,visit_type,admission_date,discharge_date,diagnosis_code,total_cost,"
            + "in_policy_cost,out_of_catalogue_cost,emergency,referral_id,exclusion_reason,status,reported_basic_paid,"
            + "reported_critical_paid,reported_assistance_paid,reported_supplementary_paid,settled_at",
        "X1,PX,DW-L2,INPATIENT,2018-03-01,2018-03-10,K80.1,20000.00,18800.00,1200.00,false,,,ACTIVE,,,,,",
        "X2,PX,DW-L3,INPATIENT,2018-06-01,2018-06-20,K80.1,100000.00,90000.00,10000.00,false,,,ACTIVE,,,,,",
        "G1,PG,GS-L2,INPATIENT,2018-07-01,2018-07-12,K80.1,15000.00,15000.00,0.00,false,,,ACTIVE,,,,,");
    return dir;
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
