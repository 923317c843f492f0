package io.safetynet.generate;

import io.safetynet.engine.Money;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one person's claims and referrals for one year. Rates, costs and shares below are documented with
 * their sources (or marked ASSUMPTION) in {@code sample-data/README.md}; costs are exact yuan amounts built from a
 * sampled figure rounded to 0.01 once, and T = P + O holds exactly because O is computed as T − P.
 */
final class ClaimSimulator {
  /** Admissions per person-year by age band before risk factors; calibrated to about 18-19% overall. */
  private static final double[] ADMISSION_RATE = {0.08, 0.09, 0.15, 0.26};
  /** Settled general outpatient (门诊统筹) claims per person-year by age band: ASSUMPTION. */
  private static final double[] GENERAL_VISITS = {2.5, 1.8, 3.0, 4.5};
  /** Mean inpatient cost by tier (2018 statistical bulletin: township 1,834, level-2 6,002, level-3 13,313). */
  private static final double[] INPATIENT_MEAN = {1_500, 1_834, 6_002, 13_313, 20_000};
  private static final double[] LENGTH_OF_STAY = {4, 6, 8, 10, 12};
  private static final double[] GENERAL_MEAN = {45, 75, 180, 320, 320};
  /** Typical out-of-catalogue share by tier before the facility's own factor: ASSUMPTION (80-99% in policy). */
  private static final double[] OUT_OF_CATALOGUE_SHARE = {0.01, 0.025, 0.06, 0.09, 0.14};
  private static final double[] TIER_WEIGHTS_COMMON = {0, 33, 47, 13, 7};
  private static final double[] TIER_WEIGHTS_SEVERE = {0, 5, 35, 40, 20};
  private static final double[] GENERAL_TIER_WEIGHTS = {55, 35, 10, 0, 0};

  private final long seed;
  private final FacilityCatalog catalog;

  ClaimSimulator(long seed, FacilityCatalog catalog) {
    this.seed = seed;
    this.catalog = catalog;
  }

  /** The person's claims in the year, in settlement order (discharge, admission, claim id), ids assigned. */
  List<SimulatedClaim> simulate(Person person, int year) {
    SplittableRandom r = Sampling.stream(seed, 10_000L + year, person.index);
    Household hh = person.household;
    FacilityCatalog.RegionFacilities facilities = catalog.of(hh.region);
    String county = hh.county.code();
    boolean special = hh.specialIn(year);
    int band = person.ageBand(year);
    List<SimulatedClaim> claims = new ArrayList<>();

    double admissionRate = ADMISSION_RATE[band] * (person.chronicIll ? 1.4 : 1.0) * (special ? 1.25 : 1.0)
        * (person.severe != null ? 2.5 : 1.0);
    int admissions = Sampling.poisson(r, admissionRate);
    for (int i = 0; i < admissions; i++) {
      claims.add(inpatient(r, person, year, facilities, county));
    }
    int general = Sampling.poisson(r, GENERAL_VISITS[band]);
    for (int i = 0; i < general; i++) {
      Tier tier = Tier.values()[Sampling.weighted(r, GENERAL_TIER_WEIGHTS)];
      FacilityCatalog.Facility f = pickFacility(r, facilities.of(county, tier));
      String dx = person.certifiedChronic != null && r.nextInt(3) == 0 ? person.certifiedChronic.code()
          : Diagnoses.outpatient(r);
      claims.add(outpatient(r, f, VisitType.OUTPATIENT_GENERAL, year, dx,
          Sampling.logNormalMean(r, GENERAL_MEAN[tier.ordinal()], 0.7), 0.5));
    }
    if (person.certifiedChronic != null) {
      int visits = Sampling.poisson(r, 8);
      for (int i = 0; i < visits; i++) {
        Tier tier = r.nextInt(3) == 0 ? Tier.LEVEL2 : Tier.LEVEL1;
        FacilityCatalog.Facility f = designated(facilities.of(county, tier), r);
        claims.add(outpatient(r, f, VisitType.OUTPATIENT_CHRONIC, year, person.certifiedChronic.code(),
            Sampling.logNormalMean(r, 220, 0.6), 0.6));
      }
    }
    if (person.severe != null) {
      boolean dialysis = Diagnoses.isDialysis(person.severe);
      int visits = Sampling.poisson(r, dialysis ? 24 : 6);
      for (int i = 0; i < visits; i++) {
        FacilityCatalog.Facility f = dialysis || r.nextBoolean()
            ? facilities.inCounty(county, Tier.LEVEL2).get(0)
            : facilities.level3.get(0);
        claims.add(outpatient(r, f, VisitType.OUTPATIENT_SEVERE, year, person.severe,
            Sampling.logNormalMean(r, dialysis ? 4_500 : 2_500, dialysis ? 0.3 : 0.8), 1.0));
      }
      if (!dialysis) {
        int dayCases = Sampling.poisson(r, 4);
        for (int i = 0; i < dayCases; i++) {
          FacilityCatalog.Facility f = r.nextBoolean() ? facilities.level3.get(0)
              : facilities.inCounty(county, Tier.LEVEL2).get(0);
          SimulatedClaim c = outpatient(r, f, VisitType.DAY_CASE, year, person.severe,
              Sampling.logNormalMean(r, 3_500, 0.6), 1.0);
          referral(r, c, person, facilities, county);
          claims.add(c);
        }
      }
    }

    claims.sort(Comparator.comparing((SimulatedClaim c) -> c.discharge).thenComparing(c -> c.admission)
        .thenComparing(c -> c.visitType));
    String prefix = "C" + DataGenerator.pad9(person.index) + "-" + (year % 100 < 10 ? "0" : "") + (year % 100) + "-";
    int seq = 0;
    for (SimulatedClaim c : claims) {
      c.claimId = prefix + (++seq < 10 ? "00" : seq < 100 ? "0" : "") + seq;
      if (c.referral != null) {
        c.referral = new SimulatedClaim.SimulatedReferral("R" + c.claimId.substring(1), c.referral.fromFacilityId(),
            c.referral.toFacilityId(), c.referral.issuedOn(), c.referral.emergency(), c.referral.filedOn());
      }
      c.settledAt = settledAt(r, c);
    }
    List<SimulatedClaim> settled = withReversals(r, claims);
    if (hh.region == Region.XIAOGAN) {
      ReportedBasic.fill(settled, hh, r);
    }
    return settled;
  }

  private SimulatedClaim inpatient(
      SplittableRandom r, Person person, int year, FacilityCatalog.RegionFacilities facilities, String county) {
    String dx;
    double factor;
    boolean injury = false;
    int band = person.ageBand(year);
    int age = person.ageAt(year);
    if (person.severe != null && r.nextInt(2) == 0) {
      dx = person.severe;
      factor = Diagnoses.factorOf(dx);
    } else if (person.chronicIll && r.nextInt(3) == 0) {
      dx = person.certifiedChronic != null ? person.certifiedChronic.code() : Diagnoses.chronic(r).code();
      factor = 1.0;
    } else if (!person.male && age >= 18 && age <= 42 && r.nextInt(3) == 0) {
      dx = Diagnoses.CHILDBIRTH.code();
      factor = Diagnoses.CHILDBIRTH.costFactor();
    } else if (band >= 2 && r.nextInt(10) == 0) {
      dx = Diagnoses.CATARACT.code();
      factor = Diagnoses.CATARACT.costFactor();
    } else {
      Diagnoses.Diagnosis d = Diagnoses.acute(r);
      dx = d.code();
      factor = d.costFactor();
      injury = d.injury();
    }
    boolean severeDx = dx.startsWith("C") || dx.startsWith("N18") || dx.startsWith("S72") || dx.startsWith("I63");
    Tier tier = Tier.values()[Sampling.weighted(r, severeDx ? TIER_WEIGHTS_SEVERE : TIER_WEIGHTS_COMMON)];
    FacilityCatalog.Facility f = pickFacility(r, facilities.of(county, tier));
    SimulatedClaim c = new SimulatedClaim();
    c.facility = f;
    c.visitType = VisitType.INPATIENT;
    c.diagnosis = dx;
    int stay = Math.max(1, (int) Math.round(Sampling.logNormalMean(r, LENGTH_OF_STAY[tier.ordinal()], 0.6)));
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    int lastStart = Math.max(0, jan1.lengthOfYear() - 1 - stay);
    c.admission = jan1.plusDays(r.nextInt(lastStart + 1));
    c.discharge = c.admission.plusDays(stay);
    costs(r, c, Sampling.logNormalMean(r, INPATIENT_MEAN[tier.ordinal()] * factor, 1.0), 1.0);
    // 10% of admissions are emergencies; at a non-designated facility most patients arrive as emergencies.
    c.emergency = Sampling.chance(r, f.designated() ? 0.10 : 0.45);
    if (injury) {
      double x = r.nextDouble();
      if (dx.startsWith("T42")) {
        c.exclusionReason = x < 0.6 ? "SELF_HARM" : null;
      } else {
        c.exclusionReason = x < 0.15 ? "THIRD_PARTY" : x < 0.18 ? "DRUNKENNESS" : x < 0.19 ? "CRIME" : null;
      }
    } else if (Sampling.chance(r, 0.001)) {
      c.exclusionReason = "OTHER";
    }
    referral(r, c, person, facilities, county);
    return c;
  }

  /**
   * Out-of-county inpatient or day-case care needs a referral (seed 001). Behaviour (ASSUMPTION): emergency
   * admissions and 6% of the others get an emergency referral issued on the admission day and filed within 5
   * working days (two in three) or 6-12 working days late (one in three); of the rest, 89% a proper referral issued
   * 0-7 days before admission and 5% none at all.
   */
  private void referral(
      SplittableRandom r, SimulatedClaim c, Person person, FacilityCatalog.RegionFacilities facilities, String county) {
    if (c.facility.regionCode().equals(county)) {
      return;
    }
    String from = facilities.inCounty(county, Tier.LEVEL2).get(0).id();
    double x = r.nextDouble();
    if (c.emergency || (x >= 0.85 && x < 0.91)) {
      int days = r.nextInt(3) < 2 ? r.nextInt(6) : 6 + r.nextInt(7);
      c.referral = new SimulatedClaim.SimulatedReferral(
          null, from, c.facility.id(), c.admission, true, plusWorkingDays(c.admission, days));
      c.referralCompliant = days <= 5;
      c.emergency = true;
    } else if (x < 0.85 + 0.10) {
      LocalDate issued = c.admission.minusDays(r.nextInt(8));
      c.referral = new SimulatedClaim.SimulatedReferral(null, from, c.facility.id(), issued, false, issued);
    } else {
      c.referralCompliant = false;
    }
  }

  /** Adds working days (Monday-Friday; public holidays ignored). */
  static LocalDate plusWorkingDays(LocalDate date, int days) {
    LocalDate d = date;
    int added = 0;
    while (added < days) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return d;
  }

  private SimulatedClaim outpatient(
      SplittableRandom r, FacilityCatalog.Facility f, VisitType type, int year, String dx, double total,
      double outOfCatalogueScale) {
    SimulatedClaim c = new SimulatedClaim();
    c.facility = f;
    c.visitType = type;
    c.diagnosis = dx;
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    c.admission = jan1.plusDays(r.nextInt(jan1.lengthOfYear()));
    c.discharge = c.admission;
    costs(r, c, total, outOfCatalogueScale);
    return c;
  }

  /** T rounded to 0.01 once; O = T × share (share ~ tier base × facility factor × Gamma(2)/2, capped at 60%). */
  private static void costs(SplittableRandom r, SimulatedClaim c, double total, double outOfCatalogueScale) {
    double gamma2 = (-Math.log(1.0 - r.nextDouble()) - Math.log(1.0 - r.nextDouble())) / 2.0;
    double share = Math.min(0.6, OUT_OF_CATALOGUE_SHARE[c.tier().ordinal()] * c.facility.outOfCatalogueFactor()
        * gamma2 * outOfCatalogueScale);
    c.total = Money.round(BigDecimal.valueOf(Math.max(1.0, total)));
    c.outOfCatalogue = Money.round(c.total.multiply(BigDecimal.valueOf(share)));
    c.inPolicy = c.total.subtract(c.outOfCatalogue);
  }

  private static FacilityCatalog.Facility pickFacility(SplittableRandom r, List<FacilityCatalog.Facility> list) {
    double[] weights = new double[list.size()];
    for (int i = 0; i < weights.length; i++) {
      // About 2% of visits land at a non-designated facility: ASSUMPTION.
      weights[i] = list.get(i).designated() ? 1.0 : 0.05;
    }
    return list.get(Sampling.weighted(r, weights));
  }

  private static FacilityCatalog.Facility designated(List<FacilityCatalog.Facility> list, SplittableRandom r) {
    FacilityCatalog.Facility f;
    do {
      f = Sampling.pick(r, list);
    } while (!f.designated());
    return f;
  }

  /**
   * When the hospital settled the claim (ISO-8601, +08:00). Outpatient: 92% the same day. Inpatient: log-normal
   * lag, median 1.5 days, sigma 1.4 (p90 about 9 days, p99 about 40): ASSUMPTION for reporting-lag forecasts.
   */
  private static String settledAt(SplittableRandom r, SimulatedClaim c) {
    long lag;
    if (!c.visitType.isInpatientLike() && r.nextInt(100) < 92) {
      lag = 0;
    } else {
      lag = (long) Math.floor(Sampling.logNormalMedian(r, 1.5, 1.4));
    }
    return timestamp(c.discharge.plusDays(Math.min(lag, 365)), r);
  }

  private static String timestamp(LocalDate day, SplittableRandom r) {
    int seconds = 8 * 3600 + r.nextInt(11 * 3600);
    int h = seconds / 3600;
    int m = seconds / 60 % 60;
    int s = seconds % 60;
    return day + "T" + two(h) + ":" + two(m) + ":" + two(s) + "+08:00";
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /**
   * About 1% of claims are reversed (冲销) and settled again: the original row becomes {@code REVERSED} and a
   * replacement {@code <claim_id>-C1} carries corrected costs (±15%), settled 3-60 days later.
   */
  private static List<SimulatedClaim> withReversals(SplittableRandom r, List<SimulatedClaim> claims) {
    List<SimulatedClaim> out = new ArrayList<>(claims.size() + 2);
    for (SimulatedClaim c : claims) {
      if (!Sampling.chance(r, 0.01)) {
        out.add(c);
        continue;
      }
      SimulatedClaim replacement = c.copy();
      c.status = "REVERSED";
      out.add(c);
      replacement.claimId = c.claimId + "-C1";
      double factor = 0.85 + 0.25 * r.nextDouble();
      replacement.total = Money.round(c.total.multiply(BigDecimal.valueOf(factor)));
      BigDecimal share = c.total.signum() == 0 ? BigDecimal.ZERO
          : c.outOfCatalogue.divide(c.total, 6, java.math.RoundingMode.HALF_UP);
      replacement.outOfCatalogue = Money.round(replacement.total.multiply(share));
      replacement.inPolicy = replacement.total.subtract(replacement.outOfCatalogue);
      LocalDate settled = LocalDate.parse(c.settledAt.substring(0, 10));
      replacement.settledAt = timestamp(settled.plusDays(3 + r.nextInt(58)), r);
      out.add(replacement);
    }
    return out;
  }
}
