package io.safetynet.policy;

/**
 * Visit types. {@code OUTPATIENT_GENERAL} (门诊统筹) is outside 四位一体: critical illness, assistance and
 * supplementary skip it. {@code DAY_CASE} (门诊视同住院) is settled as inpatient.
 */
public enum VisitType {
  OUTPATIENT_GENERAL, OUTPATIENT_CHRONIC, OUTPATIENT_SEVERE, INPATIENT, DAY_CASE;

  /** Part of the four-in-one (四位一体) settlement: everything but general outpatient. */
  public boolean isFourInOne() {
    return this != OUTPATIENT_GENERAL;
  }

  /** Inpatient or day case: per-admission deductible, out-of-catalogue control, referral rules. */
  public boolean isInpatientLike() {
    return this == INPATIENT || this == DAY_CASE;
  }
}
