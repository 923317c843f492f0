package io.safetynet.engine;

import io.safetynet.policy.Category;
import io.safetynet.policy.ChronicTier;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import io.safetynet.policy.PolicyTerms;
import io.safetynet.policy.SupplementaryInsurance;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Settles one person's claims for one insurance year in the order of POLICY.md §2 (discharge date, admission date,
 * claim id), step by step: eligibility, out-of-catalogue control, basic, critical illness, assistance,
 * supplementary, patient OOP. Plain Java, stateless and serializable: the same call runs in a unit test, inside
 * Spark's {@code flatMapGroups} and in a planner's scenario.
 */
public final class SettlementEngine implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The version of the settlement rules in this code. A change of how the engine reads a policy (the owners'
   * rulings R1-R8 of 2026-12-07) changes the settle fingerprint with it, so stored warehouses are re-settled once
   * in full, as an edit of a policy file would.
   */
  public static final String RULES_VERSION = "2026-12-07 rulings R1-R8";

  /**
   * @param policy the region's policy, or null when none is configured (every claim is then flagged NO_POLICY)
   * @return one settlement per claim, in settlement order
   */
  public List<ClaimSettlement> settle(Policy policy, PersonYear py) {
    List<Claim> claims = new ArrayList<>(py.claims());
    claims.sort(Claim.SETTLEMENT_ORDER);
    Enrolment enrolment = CategoryRule.enrolmentFor(py.enrolments(), py.insuranceYear());
    YearLedger ledger = new YearLedger();
    List<ClaimSettlement> out = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      out.add(settleClaim(policy, py, enrolment, claim, ledger));
    }
    return out;
  }

  private ClaimSettlement settleClaim(
      Policy policy, PersonYear py, Enrolment enrolment, Claim claim, YearLedger ledger) {
    Facility facility = py.facilities().get(claim.facilityId());
    Tier tier = facility == null ? null : facility.tier();
    Trace trace = new Trace();
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (claim.reversed()) {
      flags.add(Flag.REVERSED);
      trace.add("reversed", (io.safetynet.policy.Source) null, Money.ZERO, "claim reversed (void): ignored");
      return voidRow(claim, Category.ORDINARY, tier, flags, trace);
    }
    if (enrolment == null) {
      return noFunds(claim, Category.ORDINARY, tier, Flag.NOT_ENROLLED, flags, trace,
          "not enrolled in insurance year " + claim.insuranceYear());
    }
    if (policy == null) {
      return noFunds(claim, Category.ORDINARY, tier, Flag.NO_POLICY, flags, trace,
          "no policy configured for region " + enrolment.regionCode() + " in " + claim.insuranceYear());
    }
    if (!policy.inForceOn(claim.dischargeDate())) {
      return noFunds(claim, Category.ORDINARY, tier, Flag.NO_POLICY, flags, trace,
          "discharge " + claim.dischargeDate() + " is outside policy " + policy.id() + " " + policy.version()
              + " (in force " + policy.validFrom() + " to " + (policy.validTo() == null ? "now" : policy.validTo())
              + "; ruling R7: dated terms are honoured for every claim)");
    }
    PolicyTerms terms = policy.termsOn(claim.dischargeDate());
    Category category = CategoryRule.categoryOn(enrolment, claim.admissionDate(), terms.eligibility());
    trace.add("eligibility", terms.eligibility().source(), Money.ZERO,
        "category " + category + " on admission " + claim.admissionDate() + " (held "
            // sorted: Set.copyOf iterates in an order that changes from JVM to JVM, and the trace is compared
            + new java.util.TreeSet<>(enrolment.categories())
            + ", identified " + enrolment.povertyIdentifiedOn() + ", exited " + enrolment.povertyExitedOn() + ")");
    if (claim.exclusionReason() != null && !claim.exclusionReason().isBlank()) {
      return noFunds(claim, category, tier, Flag.EXCLUDED, flags, trace,
          "excluded cause " + claim.exclusionReason() + " (seed 001: 第三方责任、犯罪、酗酒、自伤 不予报销)");
    }
    if (facility == null || (!facility.designated() && !claim.emergency())) {
      return noFunds(claim, category, tier, Flag.NON_DESIGNATED, flags, trace,
          facility == null ? "facility " + claim.facilityId() + " unknown" : "non-designated facility, no emergency");
    }
    return settleCovered(terms, enrolment, claim, facility, category, ledger, flags, trace, py);
  }

  private ClaimSettlement settleCovered(
      PolicyTerms terms,
      Enrolment enrolment,
      Claim claim,
      Facility facility,
      Category category,
      YearLedger ledger,
      EnumSet<Flag> flags,
      Trace trace,
      PersonYear py) {
    VisitType visit = claim.visitType();
    Tier tier = facility.tier();
    BigDecimal total = claim.totalCost();
    BigDecimal p = claim.inPolicyCost();
    Integer age = ageOn(enrolment.birthDate(), claim.admissionDate());

    // Step 0: referral (seed 001). A non-compliant claim loses ratio points and, where configured, supplementary.
    BigDecimal penalty = BigDecimal.ZERO;
    boolean withholdSupplementary = false;
    if (ReferralCompliance.needsReferral(claim, facility, enrolment, terms.referral())) {
      Referral r = ReferralCompliance.compliantReferral(claim, py.referrals(), terms.referral());
      if (r == null) {
        flags.add(Flag.REFERRAL_NON_COMPLIANT);
        Param pen = terms.referral().basicRatioPenalty();
        penalty = pen == null ? BigDecimal.ZERO : pen.value();
        withholdSupplementary = terms.referral().withholdSupplementary();
        trace.add("referral", terms.referral().source(), Money.ZERO,
            "out-of-county admission without a referral issued by admission or an emergency referral filed within "
                + terms.referral().emergencyWorkingDays() + " working days: basic ratio -" + Trace.n(penalty)
                + (withholdSupplementary ? ", no supplementary" : ""));
      } else {
        trace.add("referral", terms.referral().source(), Money.ZERO,
            "out-of-county admission referred by " + r.referralId() + " (issued " + r.issuedOn()
                + (r.emergency() ? ", emergency, filed " + r.filedOn() : "") + ")");
      }
    }
    SupplementaryInsurance supp = terms.supplementary();
    boolean suppCovers = visit.isFourInOne()
        && SupplementaryRule.covers(supp, category, enrolment.supplementaryInsured())
        && !withholdSupplementary;

    // Step 2 first for the disease-list gates: a chronic/severe claim off the list gets nothing from any fund.
    BigDecimal basic;
    ChronicTier personChronic = null;
    if (visit == VisitType.OUTPATIENT_CHRONIC) {
      ChronicTier own = terms.basic().outpatientChronic().tierOf(claim.diagnosisCode(), age);
      if (own == null) {
        return noFunds(claim, category, tier, Flag.NOT_ON_DISEASE_LIST, flags, trace,
            "diagnosis " + claim.diagnosisCode() + " is not on the outpatient chronic disease list");
      }
      personChronic = highestChronicTierSoFar(terms, own, ledger);
    } else if (visit == VisitType.OUTPATIENT_SEVERE
        && terms.basic().outpatientSevere().diseases().match(claim.diagnosisCode(), age) == null) {
      return noFunds(claim, category, tier, Flag.NOT_ON_DISEASE_LIST, flags, trace,
          "diagnosis " + claim.diagnosisCode() + " is not on the outpatient severe disease list");
    }

    // Step 1: out-of-catalogue control.
    OutOfCatalogueControl.Split ooc = OutOfCatalogueControl.split(terms.outOfCatalogue(), category, visit, tier,
        total, claim.outOfCatalogueCost(), suppCovers, trace);
    if (ooc.excess()) {
      flags.add(Flag.OUT_OF_CATALOGUE_EXCESS);
    }

    // Step 2: basic insurance.
    switch (visit) {
      case OUTPATIENT_GENERAL -> {
        BigDecimal g = BasicInsuranceRule.outpatientGeneral(terms.basic().outpatientGeneral(), tier,
            claim.admissionDate(), p, ledger, trace);
        if (g == null) {
          return noFunds(claim, category, tier, Flag.NOT_COVERED_AT_TIER, flags, trace,
              "general outpatient is not pooled at tier " + tier);
        }
        basic = g;
      }
      case OUTPATIENT_CHRONIC -> basic = BasicInsuranceRule.outpatientChronic(terms.basic(), personChronic, p,
          ledger, trace);
      case OUTPATIENT_SEVERE -> basic = BasicInsuranceRule.outpatientSevere(terms.basic(), category, p, ledger,
          trace);
      default -> basic = BasicInsuranceRule.inpatient(terms.basic(), category, tier, p, penalty, ledger, trace);
    }
    BigDecimal critical = Money.ZERO;
    BigDecimal assistance = Money.ZERO;
    BigDecimal suppIn = Money.ZERO;
    BigDecimal suppOoc = ooc.supplementary();
    if (visit.isFourInOne()) {
      // Step 3: critical illness on the cumulative in-policy OOP after basic.
      critical = CriticalIllnessRule.pay(terms.critical(), category, p.subtract(basic), ledger, trace);
      // Step 4: medical assistance.
      assistance = MedicalAssistanceRule.pay(terms.assistance(), category, visit, claim.diagnosisCode(), age,
          p.subtract(basic).subtract(critical), ledger, trace);
      if (!category.isSpecial() && enrolment.categories().stream().anyMatch(Category::isSpecial)
          && enrolment.povertyIdentifiedOn() != null && claim.admissionDate().isBefore(enrolment.povertyIdentifiedOn())) {
        ledger.oopBeforeIdentification =
            ledger.oopBeforeIdentification.add(p.subtract(basic).subtract(critical).subtract(assistance));
      }
      // Step 5: supplementary top-up, then the annual OOP ceiling.
      if (suppCovers) {
        BigDecimal funds = basic.add(critical).add(assistance);
        Param target = SupplementaryRule.target(supp, visit, claim.diagnosisCode(), age);
        BigDecimal topUp = target == null ? Money.ZERO : SupplementaryRule.topUp(supp, target, total, p, funds, trace);
        BigDecimal inPolicyLeft = p.subtract(funds).subtract(topUp);
        BigDecimal ceiling = SupplementaryRule.ceiling(supp, inPolicyLeft.add(ooc.patient()), ledger, trace);
        BigDecimal ceilingIn = Money.min(ceiling, inPolicyLeft);
        suppIn = topUp.add(ceilingIn);
        suppOoc = suppOoc.add(ceiling.subtract(ceilingIn));
      }
    }
    return row(claim, category, tier, basic, critical, assistance, suppIn, suppOoc, ooc.hospitalBorne(), flags,
        trace);
  }

  /**
   * The highest chronic tier among the person-year's chronic claims up to and including this one (seed 001 三、(二)2
   * "highest if several", read causally by ruling R1: a later claim never changes an earlier one). Ranks carry
   * across a mid-year change of terms; the tier's limit is the current terms'.
   */
  private static ChronicTier highestChronicTierSoFar(PolicyTerms terms, ChronicTier own, YearLedger ledger) {
    ledger.highestChronicRank = Math.max(ledger.highestChronicRank, own.rank());
    ChronicTier best = own;
    for (ChronicTier t : terms.basic().outpatientChronic().tiers()) {
      if (t.rank() <= ledger.highestChronicRank && t.rank() > best.rank()) {
        best = t;
      }
    }
    return best;
  }

  static Integer ageOn(LocalDate birth, LocalDate date) {
    return birth == null ? null : java.time.Period.between(birth, date).getYears();
  }

  private static ClaimSettlement row(
      Claim claim,
      Category category,
      Tier tier,
      BigDecimal basic,
      BigDecimal critical,
      BigDecimal assistance,
      BigDecimal suppIn,
      BigDecimal suppOoc,
      BigDecimal hospital,
      EnumSet<Flag> flags,
      Trace trace) {
    BigDecimal patient = claim.totalCost().subtract(basic).subtract(critical).subtract(assistance)
        .subtract(suppIn).subtract(suppOoc).subtract(hospital);
    trace.add("patient", (io.safetynet.policy.Source) null, patient,
        "T " + Trace.n(claim.totalCost()) + " minus funds and hospital-borne");
    return new ClaimSettlement(claim.claimId(), claim.personId(), claim.insuranceYear(), category, tier,
        claim.visitType(), claim.totalCost(), claim.inPolicyCost(), claim.outOfCatalogueCost(), basic, critical,
        assistance, suppIn, suppOoc, hospital, patient, flags, trace.steps());
  }

  private static ClaimSettlement noFunds(
      Claim claim, Category category, Tier tier, Flag flag, EnumSet<Flag> flags, Trace trace, String why) {
    flags.add(flag);
    trace.add("no-fund", (io.safetynet.policy.Source) null, Money.ZERO, why + ": no fund pays");
    return row(claim, category, tier, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
        flags, trace);
  }

  private static ClaimSettlement voidRow(Claim claim, Category category, Tier tier, EnumSet<Flag> flags, Trace trace) {
    return new ClaimSettlement(claim.claimId(), claim.personId(), claim.insuranceYear(), category, tier,
        claim.visitType(), claim.totalCost(), claim.inPolicyCost(), claim.outOfCatalogueCost(), Money.ZERO,
        Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, flags, trace.steps());
  }
}
