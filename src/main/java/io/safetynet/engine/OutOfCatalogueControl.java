package io.safetynet.engine;

import io.safetynet.policy.Category;
import io.safetynet.policy.OutOfCatalogueLimits;
import io.safetynet.policy.Param;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;

/**
 * POLICY.md §2.1, seed 001 (目录外费用控制): for special categories on inpatient/day-case claims, allowed =
 * min(O, limit[tier] x T); the excess is borne by the hospital; the allowed part is split patient : supplementary
 * (1 : 9). Ordinary persons, and regions that only monitor the limit, leave O to the patient.
 */
public final class OutOfCatalogueControl {
  private OutOfCatalogueControl() {}

  /** How the out-of-catalogue cost O of one claim is borne. */
  public record Split(BigDecimal hospitalBorne, BigDecimal supplementary, BigDecimal patient, boolean excess) {}

  /** allowed = min(O, limit x T), rounded once; usable as a SQL function. */
  public static BigDecimal allowed(BigDecimal limit, BigDecimal total, BigDecimal outOfCatalogue) {
    return Money.min(outOfCatalogue, Money.round(limit.multiply(total)));
  }

  /**
   * @param supplementaryCovers whether the supplementary insurer takes its share for this person and claim; when
   *     not, the patient bears the whole allowed part.
   */
  static Split split(
      OutOfCatalogueLimits rule,
      Category category,
      VisitType visit,
      Tier tier,
      BigDecimal total,
      BigDecimal outOfCatalogue,
      boolean supplementaryCovers,
      Trace trace) {
    Param limit = rule == null ? null : rule.limit(tier);
    if (outOfCatalogue.signum() == 0
        || limit == null
        || !visit.isInpatientLike()
        || !rule.categories().contains(category)) {
      return new Split(Money.ZERO, Money.ZERO, outOfCatalogue, false);
    }
    BigDecimal allowed = allowed(limit.value(), total, outOfCatalogue);
    boolean excess = allowed.compareTo(outOfCatalogue) < 0;
    if (!rule.hospitalBearsExcess()) {
      trace.add("out-of-catalogue.monitor", limit, Money.ZERO,
          "O " + Trace.n(outOfCatalogue) + " vs limit " + Trace.n(limit.value()) + " x T " + Trace.n(total)
              + " = " + Trace.n(allowed) + (excess ? ": over the limit (monitored only)" : ": within limit")
              + "; patient pays O");
      return new Split(Money.ZERO, Money.ZERO, outOfCatalogue, excess);
    }
    BigDecimal hospital = outOfCatalogue.subtract(allowed);
    BigDecimal patient = supplementaryCovers ? Money.round(allowed.multiply(rule.patientShare().value())) : allowed;
    BigDecimal supplementary = allowed.subtract(patient);
    trace.add("out-of-catalogue.control", limit, hospital,
        "allowed = min(O " + Trace.n(outOfCatalogue) + ", " + Trace.n(limit.value()) + " x T " + Trace.n(total)
            + ") = " + Trace.n(allowed) + "; hospital bears " + Trace.n(hospital)
            + (supplementaryCovers
                ? "; patient share " + Trace.n(rule.patientShare().value()) + " = " + Trace.n(patient)
                    + ", supplementary " + Trace.n(supplementary)
                : "; no supplementary cover, patient pays the allowed " + Trace.n(allowed)));
    return new Split(hospital, supplementary, patient, excess);
  }
}
