package io.safetynet.engine;

/** Why a claim was paid less than its rules would otherwise give. */
public enum Flag {
  /** Not enrolled in the insurance year: no fund pays. */
  NOT_ENROLLED,
  /** Non-designated facility without emergency: no fund pays. */
  NON_DESIGNATED,
  /** Excluded cause (third party, crime, drunkenness, self-harm; seed 001): no fund pays. */
  EXCLUDED,
  /** Out-of-county inpatient care without a timely referral: the region's penalty applies. */
  REFERRAL_NON_COMPLIANT,
  /** Out-of-catalogue cost above the tier limit. */
  OUT_OF_CATALOGUE_EXCESS,
  /** Diagnosis not on the chronic/severe outpatient disease list: no fund pays. */
  NOT_ON_DISEASE_LIST,
  /** General outpatient at a tier the policy does not cover. */
  NOT_COVERED_AT_TIER,
  /** A reversed (void) claim: ignored by settlement. */
  REVERSED,
  /** No policy configured for the person's region and year: no fund pays. */
  NO_POLICY
}
