package io.safetynet.engine;

import io.safetynet.policy.Category;
import io.safetynet.policy.MedicalAssistance;
import io.safetynet.policy.Param;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;

/**
 * 医疗救助, POLICY.md §2.4, on the in-policy OOP left after basic + critical: a ratio per category (Fuxin seed 002:
 * 65% / 70%; optionally only for listed diseases) within an annual cap, and/or full payment of the annual
 * cumulative in-policy OOP above a threshold (Gansu seed 000: 3000). One annual cap bounds both.
 */
public final class MedicalAssistanceRule {
  private MedicalAssistanceRule() {}

  static BigDecimal pay(
      MedicalAssistance ma,
      Category c,
      VisitType visit,
      String diagnosis,
      Integer age,
      BigDecimal remaining,
      YearLedger y,
      Trace trace) {
    boolean benefits = ma.ratio().containsKey(c) || ma.thresholdCategories().contains(c);
    if (!ma.visitTypes().contains(visit)) {
      if (benefits) {
        trace.add("assistance", ma.source(), Money.ZERO, "medical assistance does not cover " + visit
            + " claims (it covers " + new java.util.TreeSet<>(ma.visitTypes()) + ")");
      }
      return Money.ZERO;
    }
    Param cap = ma.annualCap().get(c);
    BigDecimal total = Money.ZERO;
    Param ratio = ma.ratio().get(c);
    if (ratio != null && (ma.diseases() == null || ma.diseases().match(diagnosis, age) != null)) {
      BigDecimal formula = Money.round(remaining.multiply(ratio.value()));
      BigDecimal pay = capped(formula, cap, y);
      total = total.add(pay);
      trace.add("assistance.ratio", ratio, pay,
          "remaining in-policy OOP " + Trace.n(remaining) + " x ratio " + Trace.n(ratio.value()) + " = "
              + Trace.n(formula)
              + (ma.diseases() == null ? "" : "; diagnosis " + diagnosis + " on list " + ma.diseases().name())
              + capNote(cap, y) + beforeIdentification(c, y));
    }
    Param threshold = ma.threshold();
    if (threshold != null && ma.thresholdCategories().contains(c)) {
      BigDecimal oop = remaining.subtract(total);
      BigDecimal before = y.assistanceThresholdBase;
      BigDecimal after = before.add(oop);
      y.assistanceThresholdBase = after;
      BigDecimal formula =
          Money.max0(after.subtract(threshold.value())).subtract(Money.max0(before.subtract(threshold.value())));
      BigDecimal pay = capped(formula, cap, y);
      total = total.add(pay);
      trace.add("assistance.threshold", threshold, pay,
          "annual in-policy OOP after basic + critical " + Trace.n(before) + " -> " + Trace.n(after)
              + "; paid in full above " + Trace.n(threshold.value()) + capNote(cap, y) + beforeIdentification(c, y));
    }
    return total;
  }

  private static BigDecimal capped(BigDecimal amount, Param cap, YearLedger y) {
    BigDecimal pay = cap == null ? amount : Money.min(amount, Money.max0(cap.value().subtract(y.assistancePaid)));
    y.assistancePaid = y.assistancePaid.add(pay);
    return pay;
  }

  /**
   * Ruling R3 (policy owners 2026-12-07): benefits start on the identification date, so OOP on claims settled as
   * ORDINARY before it counts toward neither the threshold nor the cap (the ledger never booked it there).
   */
  private static String beforeIdentification(Category c, YearLedger y) {
    return !c.isSpecial() || y.oopBeforeIdentification.signum() == 0 ? ""
        : "; in-policy OOP " + Trace.n(y.oopBeforeIdentification) + " of claims before identification not counted"
            + " (ruling R3)";
  }

  private static String capNote(Param cap, YearLedger y) {
    return cap == null ? "" : "; annual cap " + Trace.n(cap.value()) + " [" + cap.source() + "], paid this year "
        + Trace.n(y.assistancePaid);
  }
}
