package io.safetynet.engine;

import io.safetynet.policy.Category;
import io.safetynet.policy.CriticalIllnessInsurance;
import io.safetynet.policy.Param;
import io.safetynet.policy.Segment;
import java.math.BigDecimal;

/**
 * 大病保险, POLICY.md §2.3: pay = F(cum_after) - F(cum_before) with F(x) = sum of ratio_k x overlap(x, segment_k),
 * the first segment starting at the category's annual deductible, bonus points added to every ratio, within the
 * category's annual cap. The cumulative base is P - basic over the year's 四位一体 claims.
 */
public final class CriticalIllnessRule {
  private CriticalIllnessRule() {}

  /** F(x): what the schedule pays on an annual cumulative base x (unrounded). */
  public static BigDecimal cumulativePayable(CriticalIllnessInsurance ci, Category c, BigDecimal x) {
    BigDecimal lower = ci.deductible().get(c).value();
    BigDecimal bonus = bonus(ci, c);
    BigDecimal sum = BigDecimal.ZERO;
    for (Segment s : ci.segments()) {
      if (x.compareTo(lower) <= 0) {
        break;
      }
      BigDecimal upper = s.upTo() == null ? x : Money.min(x, s.upTo());
      if (upper.compareTo(lower) > 0) {
        sum = sum.add(upper.subtract(lower).multiply(s.ratio().value().add(bonus)));
      }
      if (s.upTo() == null) {
        break;
      }
      lower = Money.max(lower, s.upTo());
    }
    return sum;
  }

  /**
   * The payment for moving the cumulative base from {@code before} to {@code after}, no cap: the difference of the
   * two rounded cumulative amounts, so a year's claims add up to exactly round(F(annual base)) whatever their order
   * or split (a per-claim rounding of the difference would let a year drift by a fen per claim).
   */
  public static BigDecimal payable(CriticalIllnessInsurance ci, Category c, BigDecimal before, BigDecimal after) {
    return Money.round(cumulativePayable(ci, c, after)).subtract(Money.round(cumulativePayable(ci, c, before)));
  }

  static BigDecimal pay(CriticalIllnessInsurance ci, Category c, BigDecimal base, YearLedger y, Trace trace) {
    BigDecimal before = y.criticalBase;
    BigDecimal after = before.add(base);
    y.criticalBase = after;
    BigDecimal formula = payable(ci, c, before, after);
    Param cap = ci.annualCap().get(c);
    BigDecimal pay = cap == null ? formula : Money.min(formula, Money.max0(cap.value().subtract(y.criticalPaid)));
    y.criticalPaid = y.criticalPaid.add(pay);
    Param deductible = ci.deductible().get(c);
    BigDecimal bonus = bonus(ci, c);
    trace.add("critical-illness", deductible, pay,
        "base P - basic = " + Trace.n(base) + "; cumulative " + Trace.n(before) + " -> " + Trace.n(after)
            + "; annual deductible " + Trace.n(deductible.value()) + ", segments " + segments(ci)
            + (bonus.signum() == 0 ? "" : " + bonus " + Trace.n(bonus) + " [" + ci.bonus().get(c).source() + "]")
            + " = " + Trace.n(formula)
            + (cap == null ? "; no annual cap" : "; annual cap " + Trace.n(cap.value()) + " (paid before "
                + Trace.n(y.criticalPaid.subtract(pay)) + ")"));
    return pay;
  }

  private static BigDecimal bonus(CriticalIllnessInsurance ci, Category c) {
    Param b = ci.bonus().get(c);
    return b == null ? BigDecimal.ZERO : b.value();
  }

  private static String segments(CriticalIllnessInsurance ci) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : ci.segments()) {
      sb.append(sb.length() == 0 ? "" : ", ")
          .append(s.upTo() == null ? "above" : "to " + Trace.n(s.upTo()))
          .append(" @").append(Trace.n(s.ratio().value()));
    }
    return sb.toString();
  }
}
