package io.safetynet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.config.PolicyLoader;
import io.safetynet.policy.Category;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based checks of the invariants in POLICY.md §2 over random claim-years for every shipped region: no
 * negative payment; payments + hospital-borne + patient OOP = T; no annual cap exceeded; raising a ratio or
 * lowering a deductible never lowers a person's total fund payment; settlement does not depend on input order.
 */
class SettlementPropertiesTest {
  private static final List<Policy> POLICIES = loadShipped();
  private static final String[] DIAGNOSES = {
    "K80.1", "K57.3", "J18.9", "S72.0", "I10", "I11.9", "J44.1", "I25.1", "E11.2", "G20", "G40.9", "K74.6",
    "N18.5", "N18.6", "C16.9", "C50.9", "C53.9", "C91.0", "Q21.0", "F20.9", "A15.0", "B20.1", "H25.9", "J06.9"
  };
  private static final SettlementEngine ENGINE = new SettlementEngine();

  /** A random person-year and the policy it falls under. */
  record Scenario(Policy policy, PersonYear personYear) {
    @Override
    public String toString() {
      return policy.id() + " " + personYear;
    }
  }

  @Provide
  Arbitrary<Scenario> claimYears() {
    return Arbitraries.longs().map(seed -> scenario(new Random(seed)));
  }

  @Property(tries = 300)
  void paymentsAreNonNegativeAndAddUpToTotalCost(@ForAll("claimYears") Scenario s) {
    for (ClaimSettlement c : ENGINE.settle(s.policy(), s.personYear())) {
      for (BigDecimal v : List.of(c.basic(), c.critical(), c.assistance(), c.supplementaryInPolicy(),
          c.supplementaryOutOfCatalogue(), c.hospitalBorne(), c.patientOop())) {
        assertTrue(v.signum() >= 0, c.claimId() + " negative amount in " + c);
        assertEquals(2, v.scale(), "amounts carry 2 decimals: " + c);
      }
      if (!c.flags().contains(Flag.REVERSED)) {
        assertEquals(0, c.fundsPaid().add(c.hospitalBorne()).add(c.patientOop()).compareTo(c.totalCost()),
            "funds + hospital + patient != T: " + c);
        assertTrue(c.fundsOnInPolicy().compareTo(c.inPolicyCost()) <= 0, "in-policy funds above P: " + c);
      }
    }
  }

  @Property(tries = 300)
  void noAnnualCapIsExceeded(@ForAll("claimYears") Scenario s) {
    var terms = s.policy().termsOn(LocalDate.of(s.personYear().insuranceYear(), 6, 30));
    BigDecimal shared = BigDecimal.ZERO;
    BigDecimal general = BigDecimal.ZERO;
    Map<Category, BigDecimal> critical = new HashMap<>();
    Map<Category, BigDecimal> assistance = new HashMap<>();
    for (ClaimSettlement c : ENGINE.settle(s.policy(), s.personYear())) {
      if (c.visitType() == VisitType.OUTPATIENT_GENERAL) {
        general = general.add(c.basic());
      } else {
        shared = shared.add(c.basic());
      }
      critical.merge(c.category(), c.critical(), BigDecimal::add);
      assistance.merge(c.category(), c.assistance(), BigDecimal::add);
    }
    assertTrue(shared.compareTo(terms.basic().annualCap().value()) <= 0, "basic annual cap: " + shared);
    assertTrue(general.compareTo(terms.basic().outpatientGeneral().annualCap().value()) <= 0, "general cap");
    critical.forEach((cat, paid) -> {
      Param cap = terms.critical().annualCap().get(cat);
      assertTrue(cap == null || paid.compareTo(cap.value()) <= 0, "critical cap " + cat + ": " + paid);
    });
    assistance.forEach((cat, paid) -> {
      Param cap = terms.assistance().annualCap().get(cat);
      assertTrue(cap == null || paid.compareTo(cap.value()) <= 0, "assistance cap " + cat + ": " + paid);
    });
  }

  @Property(tries = 300)
  void settlementIsIndependentOfInputOrder(@ForAll("claimYears") Scenario s, @ForAll long shuffleSeed) {
    List<Claim> shuffled = new ArrayList<>(s.personYear().claims());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    PersonYear py = s.personYear();
    PersonYear reordered = new PersonYear(py.personId(), py.insuranceYear(), py.enrolments(), py.facilities(),
        py.referrals(), shuffled);
    assertEquals(ENGINE.settle(s.policy(), py), ENGINE.settle(s.policy(), reordered));
  }

  /**
   * Ruling R1 (causality, policy owners 2026-12-07): a claim's amounts depend only on the claims ordered before it
   * and on itself, so settling the first k claims in settlement order gives exactly the first k rows of settling
   * them all, for every k and every shipped region.
   */
  @Property(tries = 500)
  void aClaimDependsOnlyOnTheClaimsBeforeIt(@ForAll("claimYears") Scenario s) {
    PersonYear py = s.personYear();
    List<ClaimSettlement> all = ENGINE.settle(s.policy(), py);
    List<Claim> ordered = new ArrayList<>(py.claims());
    ordered.sort(Claim.SETTLEMENT_ORDER);
    for (int k = 1; k < ordered.size(); k++) {
      PersonYear prefix = new PersonYear(py.personId(), py.insuranceYear(), py.enrolments(), py.facilities(),
          py.referrals(), ordered.subList(0, k));
      assertEquals(all.subList(0, k), ENGINE.settle(s.policy(), prefix),
          "the first " + k + " claims settle differently once later claims are added");
    }
  }

  /**
   * Raising a ratio or lowering a deductible never lowers the year's basic, nor its basic + critical, while the person
   * keeps one category all year and no annual cap binds. Why that is a theorem: each claim's basic rises by some
   * d_i >= 0 (D in all), the one critical schedule's payments telescope to round(F(annual base)) and the base falls
   * by D, so critical falls by at most 0.8 D rounded to the fen, which is at most D.
   *
   * <p>Where it is not (README "Invariants"; {@link MonotonicityLimitTest} pins the last with hand-computed numbers): a
   * binding annual cap; a mid-year category change (two critical schedules over one cumulative base); and a per-claim
   * layer that pays a share of what is left (supplementary top-up, an assistance ratio, a threshold covering only
   * some claims), which gives back an early claim's gain while a later claim loses critical-illness base.
   */
  @Property(tries = 1000)
  void raisingARatioOrLoweringADeductibleNeverLowersBasicPlusCritical(
      @ForAll("claimYears") Scenario s, @ForAll long pick) {
    List<String> paths = ParamRewriter.paths(s.policy()).stream()
        .filter(p -> isRatio(p) || isDeductible(p)).toList();
    String path = paths.get((int) Math.floorMod(pick, (long) paths.size()));
    BigDecimal delta = new BigDecimal(isRatio(path) ? "0.05" : "300");
    Policy nudged = ParamRewriter.rewrite(s.policy(), (p, param) -> {
      if (!p.equals(path)) {
        return param;
      }
      BigDecimal v = isRatio(p)
          ? param.value().add(delta).min(BigDecimal.ONE.subtract(maxBonus(s.policy()))).max(param.value())
          : param.value().subtract(delta).max(BigDecimal.ZERO);
      return new Param(v, param.source());
    });
    List<ClaimSettlement> base = ENGINE.settle(s.policy(), s.personYear());
    List<ClaimSettlement> changed = ENGINE.settle(nudged, s.personYear());
    Assume.that(!anyAnnualCapReached(s.policy(), base) && !anyAnnualCapReached(nudged, changed));
    Assume.that(base.stream().map(ClaimSettlement::category).distinct().count() <= 1);
    BigDecimal basicBefore = sum(base, ClaimSettlement::basic);
    BigDecimal basicAfter = sum(changed, ClaimSettlement::basic);
    assertTrue(basicAfter.compareTo(basicBefore) >= 0,
        "nudging " + path + " lowered basic from " + basicBefore + " to " + basicAfter);
    BigDecimal before = basicBefore.add(sum(base, ClaimSettlement::critical));
    BigDecimal after = basicAfter.add(sum(changed, ClaimSettlement::critical));
    assertTrue(after.compareTo(before) >= 0,
        "nudging " + path + " lowered basic + critical from " + before + " to " + after);
  }

  private static BigDecimal sum(List<ClaimSettlement> settled, Function<ClaimSettlement, BigDecimal> f) {
    return settled.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Whether the year reached the shared basic, a critical-illness or an assistance annual cap. */
  static boolean anyAnnualCapReached(Policy policy, List<ClaimSettlement> settled) {
    if (settled.isEmpty()) {
      return false;
    }
    var terms = policy.termsOn(LocalDate.of(settled.get(0).insuranceYear(), 6, 30));
    BigDecimal shared = BigDecimal.ZERO;
    Map<Category, BigDecimal> critical = new HashMap<>();
    Map<Category, BigDecimal> assistance = new HashMap<>();
    for (ClaimSettlement c : settled) {
      if (c.visitType() != VisitType.OUTPATIENT_GENERAL) {
        shared = shared.add(c.basic());
      }
      critical.merge(c.category(), c.critical(), BigDecimal::add);
      assistance.merge(c.category(), c.assistance(), BigDecimal::add);
    }
    boolean reached = shared.compareTo(terms.basic().annualCap().value()) >= 0;
    for (var e : critical.entrySet()) {
      Param cap = terms.critical().annualCap().get(e.getKey());
      reached |= cap != null && e.getValue().compareTo(cap.value()) >= 0;
    }
    for (var e : assistance.entrySet()) {
      Param cap = terms.assistance().annualCap().get(e.getKey());
      reached |= cap != null && e.getValue().compareTo(cap.value()) >= 0;
    }
    return reached;
  }

  static boolean isRatio(String path) {
    boolean excluded = path.contains("enalty") || path.contains("patientShare") || path.contains("limits")
        || path.startsWith("targets");
    return !excluded
        && (path.endsWith("ratio") || path.contains("ratio.") || path.contains("bonus")
            || path.startsWith("supplementary.targets") || path.endsWith(".target"));
  }

  static boolean isDeductible(String path) {
    return path.contains("deductible") || path.contains("threshold");
  }

  private static BigDecimal maxBonus(Policy p) {
    return p.periods().stream()
        .flatMap(per -> per.terms().critical().bonus().values().stream())
        .map(Param::value)
        .reduce(BigDecimal.ZERO, BigDecimal::max);
  }

  // ---- random claim-years ----

  static Scenario scenario(Random r) {
    Policy policy = POLICIES.get(r.nextInt(POLICIES.size()));
    String[] codes = RegionCodes.of(policy);
    // the first whole year in force (ruling R7: a policy starting mid-year settles nothing before its start)
    int first = policy.validFrom().getYear() + (policy.validFrom().getDayOfYear() == 1 ? 0 : 1);
    int year = first + (policy.periods().size() > 1 ? r.nextInt(2) : 0);
    Map<String, Facility> facilities = new HashMap<>();
    Tier[] tiers = Tier.values();
    for (Tier t : tiers) {
      String region = t == Tier.OUT_OF_AREA ? codes[2] : t == Tier.LEVEL3 ? codes[1] : codes[0];
      facilities.put("F-" + t, new Facility("F-" + t, region, t, true, true));
    }
    facilities.put("F-ND", new Facility("F-ND", codes[0], Tier.LEVEL1, false, false));
    EnumSet<Category> cats = EnumSet.noneOf(Category.class);
    for (Category c : Category.values()) {
      if (c != Category.ORDINARY && r.nextInt(3) == 0) {
        cats.add(c);
      }
    }
    LocalDate identified = r.nextBoolean() ? LocalDate.of(year - 1, 5, 1) : LocalDate.of(year, 1 + r.nextInt(12), 1);
    LocalDate birth = LocalDate.of(year - 1 - r.nextInt(80), 1 + r.nextInt(12), 1);
    Enrolment e = new Enrolment("P", year, codes[0], "H", birth, cats, identified,
        r.nextInt(10) == 0 ? LocalDate.of(year, 9, 1) : null, false, r.nextInt(4) != 0);
    List<Referral> referrals = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    int n = 1 + r.nextInt(8);
    VisitType[] visits = VisitType.values();
    for (int i = 0; i < n; i++) {
      VisitType v = visits[r.nextInt(visits.length)];
      String facility = r.nextInt(15) == 0 ? "F-ND" : "F-" + tiers[r.nextInt(tiers.length)];
      LocalDate adm = LocalDate.of(year, 1, 1).plusDays(r.nextInt(360));
      LocalDate dis = v.isInpatientLike() && v == VisitType.INPATIENT ? adm.plusDays(r.nextInt(20)) : adm;
      if (dis.getYear() != year) {
        dis = LocalDate.of(year, 12, 31);
      }
      BigDecimal total = Money.round(BigDecimal.valueOf(v == VisitType.OUTPATIENT_GENERAL
          ? 5 + r.nextInt(300) : Math.exp(4 + r.nextDouble() * 8.5)));
      BigDecimal out = Money.round(total.multiply(BigDecimal.valueOf(r.nextInt(3) == 0 ? 0 : r.nextDouble() * 0.3)));
      String referral = null;
      if (r.nextInt(3) > 0) {
        referral = "R" + i;
        boolean emergency = r.nextBoolean();
        referrals.add(new Referral(referral, "P", "F-LEVEL1", facility,
            emergency ? adm.plusDays(r.nextInt(3)) : adm.minusDays(r.nextInt(10)), emergency,
            emergency ? adm.plusDays(r.nextInt(12)) : null));
      }
      claims.add(new Claim("C" + i, "P", facility, v, adm, dis, DIAGNOSES[r.nextInt(DIAGNOSES.length)], total,
          total.subtract(out), out, r.nextInt(10) == 0, referral, r.nextInt(30) == 0 ? "THIRD_PARTY" : null,
          r.nextInt(30) == 0));
    }
    return new Scenario(policy, new PersonYear("P", year, List.of(e), facilities, referrals, claims));
  }

  private static List<Policy> loadShipped() {
    try (Stream<Path> files = Files.list(Path.of("conf/policies"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(PolicyLoader::load).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
