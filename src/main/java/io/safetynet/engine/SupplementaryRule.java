package io.safetynet.engine;

import io.safetynet.policy.Category;
import io.safetynet.policy.DiseaseTarget;
import io.safetynet.policy.Param;
import io.safetynet.policy.SupplementaryInsurance;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;

/**
 * 补充保险 / 兜底, POLICY.md §2.5 (Xiaogan "985", seed 001 part 1): top funds up to target x base, then pay whatever
 * pushes the annual cumulative OOP on covered 四位一体 claims above the ceiling (5000). Its share of the allowed
 * out-of-catalogue cost is settled by {@link OutOfCatalogueControl}.
 */
public final class SupplementaryRule {
  private SupplementaryRule() {}

  /** Whether the supplementary policy covers this person's category (and enrolment flag, where required). */
  static boolean covers(SupplementaryInsurance s, Category c, boolean insuredFlag) {
    return s.categories().contains(c) && (!s.requiresEnrolmentFlag() || insuredFlag);
  }

  /** The applicable target: the higher of the visit-type target and any matching disease target, or null. */
  static Param target(SupplementaryInsurance s, VisitType visit, String diagnosis, Integer age) {
    Param best = s.targets().get(visit);
    for (DiseaseTarget dt : s.diseaseTargets()) {
      if (dt.visitTypes().contains(visit)
          && dt.diseases().match(diagnosis, age) != null
          && (best == null || dt.target().value().compareTo(best.value()) > 0)) {
        best = dt.target();
      }
    }
    return best;
  }

  /** Top-up to target x base, never more than the in-policy cost the patient still bears. */
  static BigDecimal topUp(
      SupplementaryInsurance s,
      Param target,
      BigDecimal total,
      BigDecimal inPolicy,
      BigDecimal fundsSoFar,
      Trace trace) {
    BigDecimal base = s.base() == SupplementaryInsurance.TopUpBase.TOTAL ? total : inPolicy;
    BigDecimal goal = Money.round(target.value().multiply(base));
    BigDecimal pay = Money.min(Money.max0(goal.subtract(fundsSoFar)), Money.max0(inPolicy.subtract(fundsSoFar)));
    trace.add("supplementary.top-up", target, pay,
        "target " + Trace.n(target.value()) + " x " + (base == total ? "T " : "P ") + Trace.n(base) + " = "
            + Trace.n(goal) + " minus funds so far " + Trace.n(fundsSoFar));
    return pay;
  }

  /**
   * OOP ceiling: pays the part of this claim's patient OOP that takes the year's cumulative OOP above the ceiling.
   * Books the patient's remaining OOP in the ledger.
   */
  static BigDecimal ceiling(SupplementaryInsurance s, BigDecimal claimOop, YearLedger y, Trace trace) {
    Param ceiling = s.oopCeiling();
    if (ceiling == null) {
      y.supplementaryOop = y.supplementaryOop.add(claimOop);
      return Money.ZERO;
    }
    BigDecimal before = y.supplementaryOop;
    BigDecimal after = before.add(claimOop);
    BigDecimal pay = Money.max0(after.subtract(Money.max(ceiling.value(), before)));
    y.supplementaryOop = after.subtract(pay);
    trace.add("supplementary.oop-ceiling", ceiling, pay,
        "annual OOP " + Trace.n(before) + " + this claim " + Trace.n(claimOop) + " = " + Trace.n(after)
            + " against the ceiling " + Trace.n(ceiling.value()));
    return pay;
  }
}
