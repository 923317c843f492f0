package io.safetynet.policy;

import java.io.Serializable;
import java.util.List;

/** All parameters of a region's policy in force over one period. Immutable. */
public record PolicyTerms(
    Eligibility eligibility,
    ReferralRule referral,
    OutOfCatalogueLimits outOfCatalogue,
    BasicInsurance basic,
    CriticalIllnessInsurance critical,
    MedicalAssistance assistance,
    SupplementaryInsurance supplementary,
    List<Target> targets)
    implements Serializable {
  public PolicyTerms {
    targets = List.copyOf(targets);
  }
}
