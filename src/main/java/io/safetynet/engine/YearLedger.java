package io.safetynet.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What one person has used so far in one insurance year: the running totals that annual caps, cumulative
 * deductibles and cumulative segments depend on. Mutable, confined to one settlement call.
 */
final class YearLedger {
  /** Basic paid on chronic + severe + inpatient + day case: the shared annual cap. */
  BigDecimal basicShared = Money.ZERO;
  BigDecimal generalPaid = Money.ZERO;
  final Map<LocalDate, BigDecimal> generalPaidOnDay = new HashMap<>();
  BigDecimal chronicPaid = Money.ZERO;
  /** Rank of the highest chronic tier among the chronic claims settled so far (ruling R1); 0 before any. */
  int highestChronicRank;
  BigDecimal severeDeductibleUsed = Money.ZERO;
  BigDecimal severePaid = Money.ZERO;
  /** Cumulative critical-illness base (P - basic over 四位一体 claims). */
  BigDecimal criticalBase = Money.ZERO;
  BigDecimal criticalPaid = Money.ZERO;
  BigDecimal assistancePaid = Money.ZERO;
  /** Cumulative in-policy OOP after basic, critical and ratio assistance (the threshold rule's base). */
  BigDecimal assistanceThresholdBase = Money.ZERO;
  /** Cumulative patient OOP on supplementary-eligible 四位一体 claims (the OOP ceiling's base). */
  BigDecimal supplementaryOop = Money.ZERO;
  /** In-policy OOP after basic + critical on claims settled as ORDINARY before identification (ruling R3). */
  BigDecimal oopBeforeIdentification = Money.ZERO;
}
