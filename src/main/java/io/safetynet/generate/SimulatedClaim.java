package io.safetynet.generate;

import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A generated claim before it is written; mutable only while its person-year is being simulated. */
final class SimulatedClaim {
  String claimId;
  FacilityCatalog.Facility facility;
  VisitType visitType;
  LocalDate admission;
  LocalDate discharge;
  String diagnosis;
  BigDecimal total;
  BigDecimal inPolicy;
  BigDecimal outOfCatalogue;
  boolean emergency;
  /** Referral attached to the claim, or null. */
  SimulatedReferral referral;
  /** True when an out-of-county admission meets the referral rule (or needs none). */
  boolean referralCompliant = true;
  String exclusionReason;
  String status = "ACTIVE";
  BigDecimal reportedBasic;
  String settledAt;

  Tier tier() {
    return facility.tier();
  }

  SimulatedClaim copy() {
    SimulatedClaim c = new SimulatedClaim();
    c.claimId = claimId;
    c.facility = facility;
    c.visitType = visitType;
    c.admission = admission;
    c.discharge = discharge;
    c.diagnosis = diagnosis;
    c.total = total;
    c.inPolicy = inPolicy;
    c.outOfCatalogue = outOfCatalogue;
    c.emergency = emergency;
    c.referral = referral;
    c.referralCompliant = referralCompliant;
    c.exclusionReason = exclusionReason;
    c.status = status;
    c.reportedBasic = reportedBasic;
    c.settledAt = settledAt;
    return c;
  }

  /** A referral (转诊) written to the referrals dataset. */
  record SimulatedReferral(
      String referralId,
      String fromFacilityId,
      String toFacilityId,
      LocalDate issuedOn,
      boolean emergency,
      LocalDate filedOn) {}
}
