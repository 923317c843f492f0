package io.safetynet.engine;

import io.safetynet.policy.BasicInsurance;
import io.safetynet.policy.Category;
import io.safetynet.policy.ChronicTier;
import io.safetynet.policy.OutpatientGeneralBenefit;
import io.safetynet.policy.OutpatientSevereBenefit;
import io.safetynet.policy.Param;
import io.safetynet.policy.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 基本医保, POLICY.md §2.2 (Xiaogan values: seed 001 part 1 一、基本医疗保险). Each visit type has its own formula;
 * chronic, severe, inpatient and day case share one annual cap.
 */
public final class BasicInsuranceRule {
  private BasicInsuranceRule() {}

  /** Inpatient/day case: max(0, P - deductible) x ratio, per admission; usable as a SQL function. */
  public static BigDecimal inpatientPayable(BigDecimal inPolicy, BigDecimal deductible, BigDecimal ratio) {
    return Money.round(Money.max0(inPolicy.subtract(deductible)).multiply(ratio));
  }

  static BigDecimal inpatient(
      BasicInsurance basic, Category c, Tier t, BigDecimal p, BigDecimal penalty, YearLedger y, Trace trace) {
    Param deductible = basic.inpatient().deductible(c, t);
    Param ratio = basic.inpatient().ratio(c, t);
    BigDecimal effectiveRatio = Money.max0(ratio.value().subtract(penalty));
    BigDecimal formula = inpatientPayable(p, deductible.value(), effectiveRatio);
    BigDecimal pay = sharedCap(basic, formula, y);
    trace.add("basic.inpatient", ratio, pay,
        "(P " + Trace.n(p) + " - deductible " + Trace.n(deductible.value()) + " [" + deductible.source() + "]) x "
            + (penalty.signum() == 0 ? "ratio " + Trace.n(ratio.value())
                : "(ratio " + Trace.n(ratio.value()) + " - referral penalty " + Trace.n(penalty) + ")")
            + " = " + Trace.n(formula) + capNote(formula, pay, basic.annualCap()));
    return pay;
  }

  static BigDecimal outpatientGeneral(
      OutpatientGeneralBenefit g, Tier tier, LocalDate day, BigDecimal p, YearLedger y, Trace trace) {
    Param daily = tier == null ? null : g.dailyCap().get(tier);
    if (daily == null) {
      return null; // not covered at this tier
    }
    BigDecimal formula = Money.round(p.multiply(g.ratio().value()));
    BigDecimal usedToday = y.generalPaidOnDay.getOrDefault(day, Money.ZERO);
    BigDecimal pay = Money.min(formula, Money.max0(daily.value().subtract(usedToday)));
    pay = Money.min(pay, Money.max0(g.annualCap().value().subtract(y.generalPaid)));
    y.generalPaid = y.generalPaid.add(pay);
    y.generalPaidOnDay.merge(day, pay, BigDecimal::add);
    trace.add("basic.outpatient-general", g.ratio(), pay,
        "P " + Trace.n(p) + " x ratio " + Trace.n(g.ratio().value()) + " = " + Trace.n(formula)
            + "; daily cap " + Trace.n(daily.value()) + " (used today " + Trace.n(usedToday) + "), annual cap "
            + Trace.n(g.annualCap().value()) + " [" + g.annualCap().source() + "]");
    return pay;
  }

  /**
   * Outpatient chronic within the annual limit of {@code personTier}: the highest chronic tier among the person's
   * chronic claims up to and including this one (ruling R1, policy owners 2026-12-07: a later claim never raises an
   * earlier claim's limit).
   */
  static BigDecimal outpatientChronic(
      BasicInsurance basic, ChronicTier personTier, BigDecimal p, YearLedger y, Trace trace) {
    Param ratio = basic.outpatientChronic().ratio();
    BigDecimal formula = Money.round(p.multiply(ratio.value()));
    BigDecimal pay = Money.min(formula, Money.max0(personTier.annualLimit().value().subtract(y.chronicPaid)));
    pay = sharedCap(basic, pay, y);
    y.chronicPaid = y.chronicPaid.add(pay);
    trace.add("basic.outpatient-chronic", ratio, pay,
        "P " + Trace.n(p) + " x ratio " + Trace.n(ratio.value()) + " = " + Trace.n(formula)
            + ", no deductible; annual limit of the highest chronic tier so far (ruling R1), tier " + personTier.rank()
            + " = "
            + Trace.n(personTier.annualLimit().value()) + " (used " + Trace.n(y.chronicPaid.subtract(pay)) + ") ["
            + personTier.annualLimit().source() + "]");
    return pay;
  }

  static BigDecimal outpatientSevere(BasicInsurance basic, Category c, BigDecimal p, YearLedger y, Trace trace) {
    OutpatientSevereBenefit s = basic.outpatientSevere();
    Param deductible = s.deductible(c);
    BigDecimal deductibleApplied =
        Money.min(p, Money.max0(deductible.value().subtract(y.severeDeductibleUsed)));
    y.severeDeductibleUsed = y.severeDeductibleUsed.add(deductibleApplied);
    BigDecimal formula = Money.round(p.subtract(deductibleApplied).multiply(s.ratio().value()));
    BigDecimal pay = Money.min(formula, Money.max0(s.annualCap().value().subtract(y.severePaid)));
    pay = sharedCap(basic, pay, y);
    y.severePaid = y.severePaid.add(pay);
    trace.add("basic.outpatient-severe", s.ratio(), pay,
        "(P " + Trace.n(p) + " - annual deductible applied " + Trace.n(deductibleApplied) + " of "
            + Trace.n(deductible.value()) + " [" + deductible.source() + "]) x ratio " + Trace.n(s.ratio().value()) + " = " + Trace.n(formula)
            + "; severe annual cap " + Trace.n(s.annualCap().value()) + " [" + s.annualCap().source() + "]");
    return pay;
  }

  /** Limits a payment to what is left of the shared annual cap and books it there. */
  private static BigDecimal sharedCap(BasicInsurance basic, BigDecimal amount, YearLedger y) {
    BigDecimal pay = Money.min(amount, Money.max0(basic.annualCap().value().subtract(y.basicShared)));
    y.basicShared = y.basicShared.add(pay);
    return pay;
  }

  private static String capNote(BigDecimal formula, BigDecimal pay, Param cap) {
    return formula.compareTo(pay) == 0
        ? ""
        : "; limited to " + Trace.n(pay) + " by the annual basic cap " + Trace.n(cap.value()) + " [" + cap.source()
            + "]";
  }
}
