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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulate comparison's "first forecast shortfall year" on three complete years of history, checked by hand.
 *
 * <p>Xiaogan (Dawu county), 90 persons enrolled in each of 2018-2020, all supplementary-insured; one of them, PX
 * (poor), has one LEVEL2 in-county stay a year with T = P = 30000, 35000, 40000 (no out-of-catalogue cost). Basic
 * (deductible 200, 80%): 23840, 27840, 31840; critical base P - basic = 6160, 7160, 8160.
 * <ul>
 *   <li>Baseline (critical deductible 5000, 60%): 696, 1296, 1896, i.e. 7.73, 14.40, 21.07 per person, a straight
 *       line rising 6.67 a year, so the trend gives 2025: 54.40 and 2026: 61.07 per person against critical
 *       financing of 55 (conf/financing.yaml): the critical fund first runs short in 2026.</li>
 *   <li>Critical deductible 3000 (conf/scenarios): 1896, 2496, 3096, i.e. 21.07, 27.73, 34.40 per person, so 2023:
 *       54.40 and 2024: 61.07: short in 2024, two years earlier.</li>
 *   <li>No other fund runs short by 2028: basic per person 264.89, 309.33, 353.78 rises to 620.44 in 2028 against
 *       830; the supplementary top-up falls as critical rises; Xiaogan pays no assistance.</li>
 * </ul>
 */
class SimulateShortfallTest {
  private static final int PERSONS = 90;
  @TempDir static Path tmp;
  static SimulateJob.Result result;

  @BeforeAll
  static void simulateOnce() throws IOException {
    Path input = writeInput(tmp.resolve("input"));
    String warehouse = tmp.resolve("warehouse").toString();
    new IngestJob(TestSpark.session())
        .run(new IngestSpec(input.toString(), warehouse, PiiKey.of("shortfall-test-key-0123456789"), "run-1", l -> { }));
    SimulateJob.Plan plan = SimulateJob.plan(new SimulateJob.Spec(warehouse, Path.of("conf/policies"),
        List.of(Path.of("conf/scenarios/xiaogan-critical-deductible-3000.yaml")), null,
        Path.of("conf/indicators.yaml"), Path.of("conf/financing.yaml"), 8));
    result = new SimulateJob(TestSpark.session(), l -> { }).run(plan);
  }

  @Test
  void theLowerDeductibleBringsTheCriticalFundsShortfallForwardTwoYears() {
    ScenarioResult baseline = result.comparison().baseline();
    ScenarioResult lower = result.comparison().scenarios().get(0);
    assertEquals(new BigDecimal("3888.00"), baseline.value(Metric.CRITICAL)); // 696 + 1296 + 1896
    assertEquals(new BigDecimal("7488.00"), lower.value(Metric.CRITICAL)); // 1896 + 2496 + 3096
    assertEquals(BigDecimal.valueOf(2026), baseline.value(Metric.SHORTFALL_YEAR));
    assertEquals("xiaogan/critical", baseline.notes().get(Metric.SHORTFALL_YEAR));
    assertEquals(BigDecimal.valueOf(2024), lower.value(Metric.SHORTFALL_YEAR));
    assertEquals("xiaogan/critical", lower.notes().get(Metric.SHORTFALL_YEAR));
    assertEquals(BigDecimal.valueOf(-2), Comparison.delta(baseline, lower, Metric.SHORTFALL_YEAR));
    String text = result.comparison().text();
    assertTrue(text.contains("2026") && text.contains("2024"), text);
  }

  static Path writeInput(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("facilities.csv"), List.of(
        "facility_id,name,region_code,tier,designated,major_disease_designated",
        "DW-L2,Dawu county hospital,420922,LEVEL2,true,false"));
    List<String> enrolment = new ArrayList<>(List.of(
        "person_id,insurance_year,region_code,household_id,id_number,name,phone,gender,birth_date,category,"
            + "poverty_identified_on,poverty_exited_on,severe_disability,premium_personal,premium_subsidy,"
            + "supplementary_insured,family_doctor_signed"));
    List<String> households = new ArrayList<>(List.of(
        "household_id,year,region_code,size,annual_income,registered_poor,poverty_cause"));
    for (int year = 2018; year <= 2020; year++) {
      enrolment.add("PX," + year + ",420922,HX,,,,F,1960-01-01,POOR,2017-01-01,,false,0.00,220.00,true,true");
      households.add("HX," + year + ",420922,1,20000.00,true,ILLNESS");
      for (int i = 1; i < PERSONS; i++) {
        enrolment.add(String.format("P%02d,%d,420922,H%02d,,,,M,1970-01-01,ORDINARY,,,false,220.00,0.00,true,false",
            i, year, i));
        households.add(String.format("H%02d,%d,420922,1,20000.00,false,", i, year));
      }
    }
    write(dir.resolve("enrolment.csv"), enrolment);
    write(dir.resolve("households.csv"), households);
    write(dir.resolve("claims.csv"), List.of(
        "claim_id,person_id,facility_id,visit_type,admission_date,discharge_date,diagnosis_code,total_cost,"
            + "in_policy_cost,out_of_catalogue_cost,emergency,referral_id,exclusion_reason,status,reported_basic_paid,"
            + "reported_critical_paid,reported_assistance_paid,reported_supplementary_paid,settled_at",
        "S18,PX,DW-L2,INPATIENT,2018-03-01,2018-03-10,K80.1,30000.00,30000.00,0.00,false,,,ACTIVE,,,,,",
        "S19,PX,DW-L2,INPATIENT,2019-06-01,2019-06-10,K80.1,35000.00,35000.00,0.00,false,,,ACTIVE,,,,,",
        // discharged in December 2020, so 2020 is a complete year at the valuation month
        "S20,PX,DW-L2,INPATIENT,2020-12-01,2020-12-10,K80.1,40000.00,40000.00,0.00,false,,,ACTIVE,,,,,"));
    return dir;
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
