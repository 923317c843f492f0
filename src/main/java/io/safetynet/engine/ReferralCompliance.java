package io.safetynet.engine;

import io.safetynet.policy.ReferralRule;
import java.time.LocalDate;
import java.util.List;

/**
 * POLICY.md §2.0, seed 001: out-of-county inpatient and day-case care needs a referral to that facility issued on or
 * before admission, or an emergency referral whose paperwork is filed within N working days after admission.
 */
public final class ReferralCompliance {
  private ReferralCompliance() {}

  /** Whether the claim needs a referral: inpatient-like care at a facility outside the person's county. */
  public static boolean needsReferral(Claim claim, Facility facility, Enrolment enrolment, ReferralRule rule) {
    return rule.required()
        && claim.visitType().isInpatientLike()
        && facility != null
        && !facility.regionCode().equals(enrolment.regionCode());
  }

  /** The referral that makes the claim compliant, or null. The claim's own referral_id is tried first. */
  public static Referral compliantReferral(Claim claim, List<Referral> referrals, ReferralRule rule) {
    Referral fallback = null;
    for (Referral r : referrals) {
      if (!claim.facilityId().equals(r.toFacilityId()) || !isTimely(r, claim.admissionDate(), rule)) {
        continue;
      }
      if (r.referralId().equals(claim.referralId())) {
        return r;
      }
      if (fallback == null) {
        fallback = r;
      }
    }
    return fallback;
  }

  /**
   * A planned referral must be issued on or before admission. An emergency transfer may be issued on the day, but
   * its paperwork ({@code filed_on}) must be completed within the working-day window; unfiled paperwork does not
   * comply.
   */
  public static boolean isTimely(Referral r, LocalDate admission, ReferralRule rule) {
    if (r.emergency()) {
      return r.filedOn() != null && !r.filedOn().isAfter(WorkingDays.plus(admission, rule.emergencyWorkingDays()));
    }
    return r.issuedOn() != null && !r.issuedOn().isAfter(admission);
  }
}
