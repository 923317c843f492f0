package io.safetynet.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * ICD-10 codes the generator uses, with cost multipliers relative to the tier's mean inpatient cost
 * (multipliers are ASSUMPTIONS). Chronic codes follow Xiaogan's outpatient chronic list (seed 001, three tiers);
 * severe codes include the major diseases of seeds 002/003/004 (ESRD dialysis, gastric, breast, lung cancer).
 */
final class Diagnoses {
  /** A diagnosis with its cost multiplier; {@code injury} marks codes that can carry an exclusion reason. */
  record Diagnosis(String code, double costFactor, boolean injury) {}

  /** A certified outpatient chronic disease (门诊慢性病) and its Xiaogan tier (1..3). */
  record Chronic(String code, int tier) {}

  static final List<Chronic> CHRONIC =
      List.of(
          new Chronic("I10", 1), new Chronic("J44.9", 1), new Chronic("I25.1", 2), new Chronic("I69.3", 2),
          new Chronic("M06.9", 2), new Chronic("E11.7", 3), new Chronic("G20", 3), new Chronic("G40.9", 3),
          new Chronic("K74.6", 3));
  private static final double[] CHRONIC_WEIGHTS = {35, 12, 15, 8, 4, 15, 3, 4, 4};

  /** Severe conditions (门诊重症): ESRD on dialysis and cancers under treatment. */
  static final List<String> SEVERE = List.of("N18.5", "N18.6", "C16.9", "C50.9", "C34.9", "C22.0", "C18.9", "D61.9");
  private static final double[] SEVERE_WEIGHTS = {8, 7, 20, 18, 22, 12, 10, 3};

  private static final List<Diagnosis> ACUTE =
      List.of(
          new Diagnosis("J18.9", 0.9, false), new Diagnosis("J20.9", 0.6, false), new Diagnosis("K35.8", 1.0, false),
          new Diagnosis("K80.1", 1.1, false), new Diagnosis("K29.7", 0.6, false), new Diagnosis("N20.0", 0.9, false),
          new Diagnosis("I63.9", 1.3, false), new Diagnosis("S72.0", 2.2, true), new Diagnosis("S06.0", 1.2, true),
          new Diagnosis("T42.4", 0.8, true), new Diagnosis("K57.3", 1.2, false));
  private static final double[] ACUTE_WEIGHTS = {22, 12, 8, 9, 10, 7, 12, 6, 6, 1, 3};

  /** Everyday reasons for a general outpatient visit. */
  private static final List<String> OUTPATIENT =
      List.of("J06.9", "J20.9", "K29.7", "M54.5", "R51", "K59.0", "L30.9", "J02.9", "A09.9", "I10");
  private static final double[] OUTPATIENT_WEIGHTS = {30, 12, 10, 10, 6, 5, 6, 8, 6, 7};

  static final Diagnosis CHILDBIRTH = new Diagnosis("O80", 0.7, false);
  static final Diagnosis CATARACT = new Diagnosis("H25.9", 0.6, false);

  private Diagnoses() {}

  static Chronic chronic(SplittableRandom r) {
    return CHRONIC.get(Sampling.weighted(r, CHRONIC_WEIGHTS));
  }

  static String severe(SplittableRandom r) {
    return SEVERE.get(Sampling.weighted(r, SEVERE_WEIGHTS));
  }

  static Diagnosis acute(SplittableRandom r) {
    return ACUTE.get(Sampling.weighted(r, ACUTE_WEIGHTS));
  }

  static String outpatient(SplittableRandom r) {
    return OUTPATIENT.get(Sampling.weighted(r, OUTPATIENT_WEIGHTS));
  }

  static boolean isDialysis(String code) {
    return code.startsWith("N18");
  }

  /** Cost multiplier of an admission for a chronic or severe condition. */
  static double factorOf(String code) {
    if (code.startsWith("C")) {
      return 2.0;
    }
    if (code.startsWith("N18")) {
      return 1.5;
    }
    return 1.0;
  }
}
