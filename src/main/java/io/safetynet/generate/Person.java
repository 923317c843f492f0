package io.safetynet.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One simulated person: identity (synthetic PII), age, sex and health conditions, drawn from the person's own
 * random stream (seed, person index). Prevalences are documented in {@code sample-data/README.md}.
 */
final class Person {
  /** Rural age structure 0-14, 15-44, 45-64, 65+ (ASSUMPTION after the 2010 census rural pyramid, aged since). */
  private static final double[] AGE_BAND_WEIGHTS = {18, 34, 30, 18};
  private static final int[][] AGE_BANDS = {{0, 14}, {15, 44}, {45, 64}, {65, 90}};
  /** Chronic disease prevalence by age band; overall about 30% (NHSS 2018 reports 34% among those 15+). */
  private static final double[] CHRONIC_PREVALENCE = {0.02, 0.12, 0.45, 0.65};
  /** Share certified for outpatient chronic benefits (门诊慢性病) by age band: ASSUMPTION. */
  private static final double[] CERTIFIED_CHRONIC = {0.005, 0.015, 0.08, 0.18};

  final long index;
  final String id;
  final Household household;
  final boolean male;
  final LocalDate birthDate;
  final String name;
  final String phone;
  final String idNumber;
  final boolean severeDisability;
  final boolean chronicIll;
  /** Certified outpatient chronic disease, or null. */
  final Diagnoses.Chronic certifiedChronic;
  /** Severe condition treated in outpatient (dialysis, cancer), or null. */
  final String severe;
  final boolean familyDoctorPropensity;

  Person(long seed, long index, Household household, char surname, boolean head, int firstYear) {
    SplittableRandom r = Sampling.stream(seed, 2, index);
    this.index = index;
    this.id = "P" + DataGenerator.pad9(index);
    this.household = household;
    this.male = r.nextBoolean();
    int band = head ? 1 + r.nextInt(3) : Sampling.weighted(r, AGE_BAND_WEIGHTS);
    int age = AGE_BANDS[band][0] + r.nextInt(AGE_BANDS[band][1] - AGE_BANDS[band][0] + 1);
    LocalDate jan1 = LocalDate.of(firstYear - age, 1, 1);
    this.birthDate = jan1.plusDays(r.nextInt(jan1.lengthOfYear()));
    this.name = Names.name(r, surname, male);
    this.phone = band == 0 || r.nextInt(10) < 3 ? null : Names.phone(r);
    int sequence = r.nextInt(500) * 2 + (male ? 1 : 0);
    this.idNumber =
        IdNumbers.compose(
            household.county.code(),
            birthDate.getYear(),
            birthDate.getMonthValue(),
            birthDate.getDayOfMonth(),
            sequence);
    // Severe (grade 1-2) disability about 2% of the population (2nd national disability sample survey): ASSUMPTION.
    this.severeDisability = Sampling.chance(r, band == 3 ? 0.04 : 0.015);
    this.chronicIll = Sampling.chance(r, CHRONIC_PREVALENCE[band]);
    this.certifiedChronic = chronicIll && Sampling.chance(r, CERTIFIED_CHRONIC[band] / CHRONIC_PREVALENCE[band])
        ? Diagnoses.chronic(r)
        : null;
    // About 0.5% under treatment for ESRD or cancer, mostly over 45: ASSUMPTION.
    this.severe = Sampling.chance(r, band >= 2 ? 0.009 : 0.001) ? Diagnoses.severe(r) : null;
    this.familyDoctorPropensity = r.nextDouble() < 0.35;
  }

  int ageAt(int year) {
    return year - birthDate.getYear();
  }

  int ageBand(int year) {
    int age = ageAt(year);
    return age < 15 ? 0 : age < 45 ? 1 : age < 65 ? 2 : 3;
  }
}
