package io.safetynet.engine;

import io.safetynet.policy.VisitType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/** One visit or admission (就诊结算) as the contract describes it; T = P + O. */
public record Claim(
    String claimId,
    String personId,
    String facilityId,
    VisitType visitType,
    LocalDate admissionDate,
    LocalDate dischargeDate,
    String diagnosisCode,
    BigDecimal totalCost,
    BigDecimal inPolicyCost,
    BigDecimal outOfCatalogueCost,
    boolean emergency,
    String referralId,
    String exclusionReason,
    boolean reversed)
    implements Serializable {

  /** Settlement order within a person-year (POLICY.md §2): discharge date, admission date, claim id. */
  public static final Comparator<Claim> SETTLEMENT_ORDER =
      Comparator.comparing(Claim::dischargeDate)
          .thenComparing(Claim::admissionDate)
          .thenComparing(Claim::claimId);

  /** The insurance year is the calendar year of discharge. */
  public int insuranceYear() {
    return dischargeDate.getYear();
  }
}
