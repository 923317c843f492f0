package io.safetynet.config;

import static io.safetynet.config.Params.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.policy.Category;
import io.safetynet.policy.CriticalIllnessInsurance;
import io.safetynet.policy.MedicalAssistance;
import io.safetynet.policy.OutOfCatalogueLimits;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import io.safetynet.policy.PolicyTerms;
import io.safetynet.policy.Segment;
import io.safetynet.policy.Source;
import io.safetynet.policy.SupplementaryInsurance;
import io.safetynet.policy.Target;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped configs in conf/policies load, and carry exactly the values POLICY.md §3-4 states. */
class ShippedPoliciesTest {
  private static final String XIAOGAN_SEED = "001_13153c10c1d4bd39.txt";
  private static final Map<String, String> SEED_OF = Map.of(
      "xiaogan", XIAOGAN_SEED,
      "gansu", "000_224334b49a645656.txt",
      "fuxin", "002_b1dddb3db34f700f.txt",
      "shanghai", "003_34bb6610d8a25d0a.txt",
      "alxa-left-banner", "004_96583c8215a75d09.txt");

  private static PolicyTerms terms(String file) {
    Policy p = PolicyLoader.load(PolicyFiles.file(file));
    assertEquals(1, p.periods().size(), file + " has no amendments");
    return p.periods().get(0).terms();
  }

  @Test
  void everyShippedConfigLoads() {
    List<String> ids = new ArrayList<>();
    for (Policy p : PolicyRegistry.loadAll(PolicyFiles.dir()).all()) {
      ids.add(p.id());
    }
    assertEquals(List.of("alxa-left-banner", "fuxin", "gansu", "shanghai", "xiaogan"), ids);
  }

  @Test
  void xiaoganInpatientTable() {
    PolicyTerms t = terms("xiaogan-2018.yaml");
    Param poorLevel2 = t.basic().inpatient().ratio(Category.POOR, Tier.LEVEL2);
    assertValue("0.80", poorLevel2);
    assertEquals(Source.seed(XIAOGAN_SEED, "三、(二)4 住院待遇"), poorLevel2.source());
    assertValue("200", t.basic().inpatient().deductible(Category.POOR, Tier.LEVEL2));
    assertValue("100", t.basic().inpatient().deductible(Category.POOR, Tier.LEVEL1));
    assertValue("0.90", t.basic().inpatient().ratio(Category.POOR, Tier.LEVEL1));
    assertValue("500", t.basic().inpatient().deductible(Category.POOR, Tier.LEVEL3));
    assertValue("0.65", t.basic().inpatient().ratio(Category.POOR, Tier.LEVEL3));
    assertValue("1200", t.basic().inpatient().deductible(Category.POOR, Tier.OUT_OF_AREA));
    assertValue("0.55", t.basic().inpatient().ratio(Category.POOR, Tier.OUT_OF_AREA));
    assertValue("400", t.basic().inpatient().deductible(Category.ORDINARY, Tier.LEVEL2));
    assertValue("0.75", t.basic().inpatient().ratio(Category.ORDINARY, Tier.LEVEL2));
    assertValue("800", t.basic().inpatient().deductible(Category.ORDINARY, Tier.LEVEL3));
    assertValue("0.50", t.basic().inpatient().ratio(Category.ORDINARY, Tier.OUT_OF_AREA));
    assertFalse(t.basic().inpatient().ratio(Category.ORDINARY, Tier.LEVEL1).source().assumption());
    // 低保/特困 get the poor's rates, marked as an assumption; VILLAGE (no village admissions) too
    assertValue("0.80", t.basic().inpatient().ratio(Category.DIBAO, Tier.LEVEL2));
    assertTrue(t.basic().inpatient().ratio(Category.DIBAO, Tier.LEVEL2).source().assumption());
    assertTrue(t.basic().inpatient().deductible(Category.POOR, Tier.VILLAGE).source().assumption());
    assertValue("120000", t.basic().annualCap());
    assertEquals("三、(二)4 年封顶线", t.basic().annualCap().source().clause());
  }

  @Test
  void xiaoganOutpatientBenefits() {
    PolicyTerms t = terms("xiaogan-2018.yaml");
    assertValue("0.50", t.basic().outpatientGeneral().ratio());
    assertValue("300", t.basic().outpatientGeneral().annualCap());
    Map<Tier, Param> daily = t.basic().outpatientGeneral().dailyCap();
    assertValue("15", daily.get(Tier.VILLAGE));
    assertValue("25", daily.get(Tier.LEVEL1));
    assertValue("25", daily.get(Tier.LEVEL2));
    assertEquals(Set.of(Tier.VILLAGE, Tier.LEVEL1, Tier.LEVEL2), daily.keySet());

    var chronic = t.basic().outpatientChronic();
    assertValue("0.50", chronic.ratio());
    assertEquals(3, chronic.tiers().size());
    assertValue("800", chronic.tiers().get(0).annualLimit());
    assertValue("1200", chronic.tiers().get(1).annualLimit());
    assertValue("1600", chronic.tiers().get(2).annualLimit());
    int diseases = 0;
    for (var tier : chronic.tiers()) {
      diseases += tier.diseases().diseases().size();
    }
    assertEquals(12, diseases);
    assertEquals(2, chronic.tierOf("I25.1", 60).rank());     // coronary heart disease
    assertEquals(3, chronic.tierOf("E11.5", 60).rank());     // diabetes with complications
    assertEquals(1, chronic.tierOf("J44.9", 60).rank());     // COPD

    var severe = t.basic().outpatientSevere();
    assertEquals(25, severe.diseases().diseases().size());
    assertValue("600", severe.deductible(Category.POOR));
    assertValue("0.50", severe.ratio());
    assertValue("30000", severe.annualCap());
    assertEquals("children's growth disorder (儿童生长发育障碍)", severe.diseases().match("E34.3", 10).name());
    assertNull(severe.diseases().match("E34.3", 30));
    assertTrue(severe.diseases().match("C16.9", 55).name().startsWith("malignant tumour"));
  }

  @Test
  void xiaoganOutOfCatalogueCriticalSupplementaryReferralTargets() {
    PolicyTerms t = terms("xiaogan-2018.yaml");
    OutOfCatalogueLimits ooc = t.outOfCatalogue();
    assertValue("0.03", ooc.limit(Tier.LEVEL1));
    assertValue("0.08", ooc.limit(Tier.LEVEL2));
    assertValue("0.10", ooc.limit(Tier.LEVEL3));
    assertValue("0.10", ooc.limit(Tier.OUT_OF_AREA));
    assertValue("0.03", ooc.limit(Tier.VILLAGE));
    assertTrue(ooc.limit(Tier.VILLAGE).source().assumption());
    assertFalse(ooc.limit(Tier.LEVEL2).source().assumption());
    assertTrue(ooc.hospitalBearsExcess());
    assertValue("0.1", ooc.patientShare());
    assertEquals(Set.of(Category.POOR, Category.DIBAO, Category.TEKUN), ooc.categories());

    CriticalIllnessInsurance c = t.critical();
    assertValue("5000", c.deductible().get(Category.POOR));
    assertFalse(c.deductible().get(Category.POOR).source().assumption());
    assertValue("5000", c.deductible().get(Category.ORDINARY));
    assertTrue(c.deductible().get(Category.ORDINARY).source().assumption());
    assertEquals(3, c.segments().size());
    assertEquals(0, new BigDecimal("30000").compareTo(c.segments().get(0).upTo()));
    assertValue("0.60", c.segments().get(0).ratio());
    assertEquals(0, new BigDecimal("100000").compareTo(c.segments().get(1).upTo()));
    assertValue("0.70", c.segments().get(1).ratio());
    assertNull(c.segments().get(2).upTo());
    assertValue("0.80", c.segments().get(2).ratio());
    assertValue("400000", c.annualCap().get(Category.POOR));
    assertValue("400000", c.annualCap().get(Category.ORDINARY));
    assertTrue(c.bonus().isEmpty());

    assertEquals(MedicalAssistance.none(), t.assistance());

    SupplementaryInsurance s = t.supplementary();
    assertEquals(Set.of(Category.POOR, Category.DIBAO, Category.TEKUN), s.categories());
    assertTrue(s.requiresEnrolmentFlag());
    assertValue("0.90", s.targets().get(VisitType.INPATIENT));
    assertValue("0.90", s.targets().get(VisitType.DAY_CASE));
    assertValue("0.80", s.targets().get(VisitType.OUTPATIENT_CHRONIC));
    assertValue("0.80", s.targets().get(VisitType.OUTPATIENT_SEVERE));
    assertFalse(s.targets().containsKey(VisitType.OUTPATIENT_GENERAL));
    assertEquals(SupplementaryInsurance.TopUpBase.IN_POLICY, s.base());
    assertValue("5000", s.oopCeiling());

    assertTrue(t.referral().required());
    assertEquals(5, t.referral().emergencyWorkingDays());
    assertValue("0.10", t.referral().basicRatioPenalty());
    assertTrue(t.referral().basicRatioPenalty().source().assumption());
    assertTrue(t.referral().withholdSupplementary());
    assertEquals(List.of(Category.TEKUN, Category.DIBAO, Category.POOR), t.eligibility().precedence());

    assertEquals(2, t.targets().size());
    Target inpatient = t.targets().get(0);
    assertEquals(Target.Measure.ACTUAL, inpatient.measure());
    assertEquals(Set.of(Category.POOR), inpatient.categories());
    assertEquals(Set.of(VisitType.INPATIENT, VisitType.DAY_CASE), inpatient.visitTypes());
    assertValue("0.90", inpatient.ratio());
    assertEquals(Set.of(VisitType.OUTPATIENT_CHRONIC, VisitType.OUTPATIENT_SEVERE), t.targets().get(1).visitTypes());
    assertValue("0.80", t.targets().get(1).ratio());
  }

  /**
   * POLICY.md §3 worked examples X1 and X2 (a poor person, LEVEL2 then LEVEL3) recomputed by hand from the config's
   * parameters: this pins every number the examples use, not the engine.
   */
  @Test
  void xiaoganParametersReproduceWorkedExamplesX1AndX2() {
    PolicyTerms t = terms("xiaogan-2018.yaml");
    var in = t.basic().inpatient();
    BigDecimal basic1 = new BigDecimal("18800").subtract(in.deductible(Category.POOR, Tier.LEVEL2).value())
        .multiply(in.ratio(Category.POOR, Tier.LEVEL2).value());
    assertMoney("14880.00", basic1);
    BigDecimal cum1 = new BigDecimal("18800").subtract(basic1);                  // 3920, below the 5000 deductible
    BigDecimal critical1 = criticalF(t.critical(), cum1);
    assertMoney("0.00", critical1);
    BigDecimal inpatientTarget = t.supplementary().targets().get(VisitType.INPATIENT).value();
    BigDecimal topUp1 = inpatientTarget.multiply(new BigDecimal("18800")).subtract(basic1).subtract(critical1);
    BigDecimal allowedO1 = new BigDecimal("1200").min(t.outOfCatalogue().limit(Tier.LEVEL2).value().multiply(new BigDecimal("20000")));
    BigDecimal patientO1 = allowedO1.multiply(t.outOfCatalogue().patientShare().value());
    assertMoney("3120.00", topUp1.add(allowedO1.subtract(patientO1)));             // supplementary X1
    BigDecimal patient1 = new BigDecimal("18800").subtract(basic1).subtract(topUp1).add(patientO1);
    assertMoney("2000.00", patient1);

    BigDecimal basic2 = new BigDecimal("90000").subtract(in.deductible(Category.POOR, Tier.LEVEL3).value())
        .multiply(in.ratio(Category.POOR, Tier.LEVEL3).value());
    assertMoney("58175.00", basic2);
    BigDecimal cum2 = cum1.add(new BigDecimal("90000").subtract(basic2));
    BigDecimal critical2 = criticalF(t.critical(), cum2).subtract(criticalF(t.critical(), cum1));
    assertMoney("19021.50", critical2);
    BigDecimal topUp2 = inpatientTarget.multiply(new BigDecimal("90000")).subtract(basic2).subtract(critical2);
    BigDecimal allowedO2 = new BigDecimal("10000").min(t.outOfCatalogue().limit(Tier.LEVEL3).value().multiply(new BigDecimal("100000")));
    BigDecimal patientO2 = allowedO2.multiply(t.outOfCatalogue().patientShare().value());
    BigDecimal patientBeforeCeiling = new BigDecimal("90000").subtract(basic2).subtract(critical2).subtract(topUp2).add(patientO2);
    BigDecimal overCeiling = patient1.add(patientBeforeCeiling).subtract(t.supplementary().oopCeiling().value()).max(BigDecimal.ZERO);
    assertMoney("19803.50", topUp2.add(allowedO2.subtract(patientO2)).add(overCeiling));
    assertMoney("3000.00", patientBeforeCeiling.subtract(overCeiling));
  }

  /** F(x) of POLICY.md §2.3 for a poor person: the segment ratios over the part of x above the deductible. */
  private static BigDecimal criticalF(CriticalIllnessInsurance c, BigDecimal x) {
    BigDecimal lower = c.deductible().get(Category.POOR).value();
    BigDecimal sum = BigDecimal.ZERO;
    for (Segment s : c.segments()) {
      BigDecimal upper = s.upTo() == null ? x : s.upTo().min(x);
      if (upper.compareTo(lower) > 0) {
        sum = sum.add(upper.subtract(lower).multiply(s.ratio().value()));
      }
      if (s.upTo() != null) {
        lower = lower.max(s.upTo());
      }
    }
    return sum;
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(new BigDecimal(expected), actual.setScale(2, RoundingMode.HALF_UP));
  }

  @Test
  void gansuTiltsAndAssumptions() {
    PolicyTerms t = terms("gansu-2018.yaml");
    Param poorLevel3 = t.basic().inpatient().deductible(Category.POOR, Tier.LEVEL3);
    assertValue("0", poorLevel3);
    assertEquals("000_224334b49a645656.txt", poorLevel3.source().seedFile());
    // ruling R2: the zero deductible (every visit type) and the 3000 threshold are 建档立卡's only
    for (Tier tier : Tier.values()) {
      assertValue("0", t.basic().inpatient().deductible(Category.POOR, tier));
    }
    assertValue("100", t.basic().inpatient().deductible(Category.DIBAO, Tier.LEVEL1));
    assertValue("500", t.basic().inpatient().deductible(Category.TEKUN, Tier.LEVEL3));
    assertTrue(t.basic().inpatient().deductible(Category.DIBAO, Tier.LEVEL1).source().assumption());
    assertValue("0", t.basic().outpatientSevere().deductible(Category.POOR));
    assertFalse(t.basic().outpatientSevere().deductible(Category.POOR).source().assumption());
    assertValue("600", t.basic().outpatientSevere().deductible(Category.DIBAO));
    assertValue("600", t.basic().outpatientSevere().deductible(Category.ORDINARY));
    assertValue("400", t.basic().inpatient().deductible(Category.ORDINARY, Tier.LEVEL2));
    assertTrue(t.basic().inpatient().ratio(Category.POOR, Tier.LEVEL2).source().assumption());
    assertValue("2000", t.critical().deductible().get(Category.TEKUN));
    assertFalse(t.critical().deductible().get(Category.TEKUN).source().assumption());
    assertTrue(t.critical().deductible().get(Category.ORDINARY).source().assumption());
    assertTrue(t.critical().segments().get(0).ratio().source().assumption());
    assertValue("3000", t.assistance().threshold());
    assertEquals(Set.of(Category.POOR), t.assistance().thresholdCategories());
    assertTrue(t.assistance().ratio().isEmpty());
    assertEquals(SupplementaryInsurance.none(), t.supplementary());
    assertFalse(t.outOfCatalogue().hospitalBearsExcess());
    assertEquals(1, t.targets().size());
    assertEquals(Target.Measure.COMPLIANT, t.targets().get(0).measure());
    assertValue("0.85", t.targets().get(0).ratio());
  }

  @Test
  void fuxinAssistanceRisesIn2020ByAmendment() {
    Policy p = PolicyLoader.load(PolicyFiles.file("fuxin-2019.yaml"));
    assertEquals(LocalDate.of(2019, 1, 1), p.validFrom());
    assertEquals(2, p.periods().size());
    Param y2019 = p.termsOn(LocalDate.of(2019, 6, 1)).assistance().ratio().get(Category.POOR);
    Param y2020 = p.termsOn(LocalDate.of(2020, 6, 1)).assistance().ratio().get(Category.POOR);
    assertValue("0.65", y2019);
    assertValue("0.70", y2020);
    assertEquals(Source.seed("002_b1dddb3db34f700f.txt", "二、(二)5 2020年达到70%"), y2020.source());
    // everything else is unchanged by the amendment
    assertEquals(p.periods().get(0).terms().critical(), p.periods().get(1).terms().critical());

    PolicyTerms t = p.termsOn(LocalDate.of(2019, 6, 1));
    assertValue("10000", t.critical().deductible().get(Category.ORDINARY));
    assertTrue(t.critical().deductible().get(Category.ORDINARY).source().assumption());
    assertValue("5000", t.critical().deductible().get(Category.POOR));
    assertValue("0.10", t.critical().bonus().get(Category.POOR));
    assertFalse(t.critical().annualCap().containsKey(Category.POOR), "no cap for the poor");
    assertValue("400000", t.critical().annualCap().get(Category.ORDINARY));
    var diseases = t.assistance().diseases();
    assertEquals(8, diseases.diseases().size());
    assertEquals("children's leukaemia (儿童白血病)", diseases.match("C91.0", 9).name());
    assertNull(diseases.match("C91.0", 30), "children's leukaemia is for under-18s");
    assertEquals("end-stage renal disease (终末期肾病)", diseases.match("N18.5", 60).name());
    assertNull(diseases.match("N18.3", 60));
    assertTrue(t.assistance().annualCap().get(Category.POOR).source().assumption());
    // ruling R4: 低保 and 特困 receive assistance as 建档立卡 do, in both periods
    assertEquals(Set.of(Category.POOR, Category.DIBAO, Category.TEKUN), t.assistance().ratio().keySet());
    assertValue("0.70", p.termsOn(LocalDate.of(2020, 6, 1)).assistance().ratio().get(Category.TEKUN));
  }

  @Test
  void alxaBottomLineFundAndMonitoredLimits() {
    PolicyTerms t = terms("alxa-left-banner-2019.yaml");
    assertValue("0.05", t.outOfCatalogue().limit(Tier.LEVEL2));
    assertValue("0.10", t.outOfCatalogue().limit(Tier.LEVEL3));
    assertNull(t.outOfCatalogue().limit(Tier.LEVEL1));
    assertFalse(t.outOfCatalogue().hospitalBearsExcess());
    assertNull(t.outOfCatalogue().patientShare());
    assertValue("5000", t.critical().deductible().get(Category.POOR));
    assertValue("0.05", t.critical().bonus().get(Category.DIBAO));
    assertFalse(t.critical().annualCap().containsKey(Category.POOR));
    assertValue("0.70", t.assistance().ratio().get(Category.POOR));
    // ruling R5: inpatient OOP only (dialysis is a day case); ruling R4: every special category
    assertEquals(Set.of(VisitType.INPATIENT, VisitType.DAY_CASE), t.assistance().visitTypes());
    assertValue("0.70", t.assistance().ratio().get(Category.TEKUN));
    // ruling R8: 兜底至90% is a ceiling as well as a target
    assertValue("0.90", t.targets().get(0).ceiling());
    assertFalse(t.targets().get(0).ceiling().source().assumption());
    assertTrue(t.assistance().annualCap().get(Category.POOR).source().assumption());
    SupplementaryInsurance s = t.supplementary();
    assertFalse(s.requiresEnrolmentFlag());
    assertTrue(s.targets().isEmpty());
    assertNull(s.oopCeiling());
    assertEquals(2, s.diseaseTargets().size());
    assertEquals(23, s.diseaseTargets().get(0).diseases().diseases().size());
    assertValue("0.90", s.diseaseTargets().get(0).target());
    assertEquals("gastric cancer (胃癌)", s.diseaseTargets().get(0).diseases().match("C16.9", 50).name());
    assertEquals("children's atrial septal defect (儿童先天性心脏病房间隔缺损)",
        s.diseaseTargets().get(0).diseases().match("Q21.1", 5).name());
    assertTrue(s.diseaseTargets().get(1).visitTypes().contains(VisitType.OUTPATIENT_CHRONIC));
    assertValue("0.90", s.diseaseTargets().get(1).target());
    Target major = t.targets().get(0);
    assertEquals(Target.Measure.ACTUAL, major.measure());
    assertEquals(23, major.diseases().diseases().size());
    assertValue("0.90", major.ratio());
  }

  @Test
  void shanghaiSevenDiseasesForTekunAndDibaoAllNumbersAssumed() {
    Policy p = PolicyLoader.load(PolicyFiles.file("shanghai-2017.yaml"));
    PolicyTerms t = p.periods().get(0).terms();
    assertEquals(7, t.assistance().diseases().diseases().size());
    assertEquals(Set.of(Category.TEKUN, Category.DIBAO), t.assistance().ratio().keySet());
    List<Param> params = new ArrayList<>();
    Params.collect(p, params, new ArrayList<>());
    for (Param param : params) {
      assertTrue(param.source().assumption(), "Shanghai's seed gives no numbers, but found " + param);
    }
  }

  @Test
  void everyValueHasASourceCitingItsOwnSeedOrAMarkedAssumption() {
    Path seeds = Paths.get(System.getProperty("safetynet.shared", "../shared")).resolve("seeds");
    for (Policy p : PolicyRegistry.loadAll(PolicyFiles.dir()).all()) {
      List<Param> params = new ArrayList<>();
      List<Source> sources = new ArrayList<>();
      Params.collect(p, params, sources);
      assertTrue(params.size() > 60, p.id() + " has only " + params.size() + " parameters");
      int assumptions = 0;
      for (Source s : sources) {
        if (s.assumption()) {
          assumptions++;
          assertFalse(s.clause().isBlank(), p.id() + ": an assumption without a reason");
        } else {
          assertEquals(SEED_OF.get(p.id()), s.seedFile(), p.id() + " cites another region's seed: " + s);
          assertFalse(s.clause().isBlank(), p.id() + ": a seed source without a clause");
          if (Files.isDirectory(seeds)) {
            assertTrue(Files.isRegularFile(seeds.resolve(s.seedFile())), "no seed file " + s.seedFile());
          }
        }
      }
      assertTrue(assumptions > 0, p.id() + " marks no assumption, yet POLICY.md lists some");
    }
  }
}
