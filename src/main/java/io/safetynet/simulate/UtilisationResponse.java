package io.safetynet.simulate;

import io.safetynet.engine.Money;
import io.safetynet.policy.VisitType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Optional utilisation response: admissions react to their out-of-pocket price. A scenario's inpatient and day-case
 * claim counts for {@code (OOP_scenario / OOP_baseline)^E} expected admissions, where E is the elasticity of
 * admissions with respect to out-of-pocket price; all its amounts are scaled by that weight.
 *
 * <p>Source of a reasonable E: the RAND Health Insurance Experiment, arc elasticity of medical spending with
 * respect to coinsurance about -0.2 (Manning, Newhouse, Duan, Keeler, Leibowitz, Marquis, "Health Insurance and
 * the Demand for Medical Care: Evidence from a Randomized Experiment", American Economic Review 77(3), 1987,
 * 251-277; inpatient use was less price-responsive than outpatient use). It is a US estimate of the 1970s:
 * treat results as a sensitivity check, not a forecast. Off by default (weight 1, results exact).
 *
 * <p>Assumptions (ours, not RAND's): the price ratio is clamped to [{@value #MIN_RATIO}, {@value #MAX_RATIO}]
 * (RAND observed coinsurance 0-95%, not arbitrary ratios; a claim whose OOP falls to 0 would otherwise get an
 * infinite weight); a claim with no baseline OOP keeps weight 1; outpatient claims are not scaled.
 */
public final class UtilisationResponse implements Serializable {
  private static final long serialVersionUID = 1L;
  static final double MIN_RATIO = 0.25;
  static final double MAX_RATIO = 4.0;
  private static final int WEIGHT_SCALE = 6;
  private final double elasticity;

  public UtilisationResponse(double elasticity) {
    if (Double.isNaN(elasticity) || elasticity > 0 || elasticity < -2) {
      throw new IllegalArgumentException("--elasticity " + elasticity + " is outside [-2, 0]: admissions fall as "
          + "their price rises, so E is negative; the RAND HIE estimate is about -0.2");
    }
    this.elasticity = elasticity;
  }

  public double elasticity() {
    return elasticity;
  }

  /** Expected admissions per observed admission under the scenario (1 when the response does not apply). */
  public BigDecimal weight(VisitType visitType, BigDecimal baselineOop, BigDecimal scenarioOop) {
    boolean admission = visitType == VisitType.INPATIENT || visitType == VisitType.DAY_CASE;
    if (!admission || baselineOop.signum() <= 0) {
      return BigDecimal.ONE;
    }
    double ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, scenarioOop.doubleValue() / baselineOop.doubleValue()));
    return BigDecimal.valueOf(Math.pow(ratio, elasticity)).setScale(WEIGHT_SCALE, RoundingMode.HALF_UP);
  }

  /** An amount of one admission scaled to expected admissions, rounded by the product's one rule. */
  static BigDecimal scale(BigDecimal amount, BigDecimal weight) {
    return weight.compareTo(BigDecimal.ONE) == 0 ? amount : Money.round(amount.multiply(weight));
  }
}
