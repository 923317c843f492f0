package io.safetynet.generate;

import io.safetynet.engine.Money;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the hospital's settlement system reported as basic-insurance payment, for Xiaogan claims only (the region
 * whose basic parameters POLICY.md §3 gives in full). It follows those parameters: per-admission deductible and
 * ratio by category and tier (special categories use the "poor" column, VILLAGE the LEVEL1 row), −10 points without
 * a compliant referral, outpatient general 50% within the daily and annual caps, chronic 50% within the tier limit,
 * severe 50% above an annual 600 deductible within 30,000, one shared annual cap of 120,000; nothing for an excluded
 * cause or a non-designated facility without emergency. About 3% of claims then get a deliberate error (ASSUMPTION)
 * so the discrepancy check has something to find. The other reported_* columns stay empty.
 */
final class ReportedBasic {
  private static final int[] POOR_DEDUCTIBLE = {100, 100, 200, 500, 1200};
  private static final int[] ORDINARY_DEDUCTIBLE = {200, 200, 400, 800, 1200};
  private static final BigDecimal[] POOR_RATIO = ratios("0.90", "0.90", "0.80", "0.65", "0.55");
  private static final BigDecimal[] ORDINARY_RATIO = ratios("0.85", "0.85", "0.75", "0.60", "0.50");
  private static final BigDecimal REFERRAL_PENALTY = new BigDecimal("0.10");
  private static final BigDecimal ANNUAL_CAP = Money.of("120000");
  private static final BigDecimal GENERAL_CAP = Money.of("300");
  private static final BigDecimal SEVERE_CAP = Money.of("30000");
  private static final BigDecimal SEVERE_DEDUCTIBLE = Money.of("600");
  private static final BigDecimal VILLAGE_DAILY = Money.of("15");
  private static final BigDecimal DAILY = Money.of("25");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal ERROR_UP = new BigDecimal("1.1");
  private static final BigDecimal ERROR_DOWN = new BigDecimal("0.9");

  private ReportedBasic() {}

  static void fill(List<SimulatedClaim> claims, Household hh, SplittableRandom r) {
    BigDecimal capLeft = ANNUAL_CAP;
    BigDecimal generalLeft = GENERAL_CAP;
    BigDecimal severeLeft = SEVERE_CAP;
    BigDecimal severeDeductibleLeft = SEVERE_DEDUCTIBLE;
    BigDecimal chronicLeft = null;
    for (SimulatedClaim c : claims) {
      boolean counts = "ACTIVE".equals(c.status);
      BigDecimal pay;
      int t = c.tier().ordinal();
      if (c.exclusionReason != null || (!c.facility.designated() && !c.emergency)) {
        pay = Money.ZERO;
      } else if (c.visitType.isInpatientLike()) {
        boolean special = hh.specialOn(c.admission);
        BigDecimal ratio = (special ? POOR_RATIO : ORDINARY_RATIO)[t];
        if (!c.referralCompliant) {
          ratio = ratio.subtract(REFERRAL_PENALTY);
        }
        int deductible = (special ? POOR_DEDUCTIBLE : ORDINARY_DEDUCTIBLE)[t];
        BigDecimal base = Money.max0(c.inPolicy.subtract(BigDecimal.valueOf(deductible)));
        pay = Money.min(Money.round(base.multiply(ratio)), capLeft);
        if (counts) {
          capLeft = capLeft.subtract(pay);
        }
      } else if (c.visitType == VisitType.OUTPATIENT_GENERAL) {
        BigDecimal daily = c.tier() == Tier.VILLAGE ? VILLAGE_DAILY : DAILY;
        pay = Money.min(Money.min(Money.round(c.inPolicy.multiply(HALF)), daily), generalLeft);
        if (counts) {
          generalLeft = generalLeft.subtract(pay);
        }
      } else if (c.visitType == VisitType.OUTPATIENT_CHRONIC) {
        if (chronicLeft == null) {
          chronicLeft = Money.round(BigDecimal.valueOf(400 + 400 * chronicTier(c.diagnosis)));
        }
        pay = Money.min(Money.min(Money.round(c.inPolicy.multiply(HALF)), chronicLeft), capLeft);
        if (counts) {
          chronicLeft = chronicLeft.subtract(pay);
          capLeft = capLeft.subtract(pay);
        }
      } else {
        BigDecimal base = Money.max0(c.inPolicy.subtract(severeDeductibleLeft));
        pay = Money.min(Money.min(Money.round(base.multiply(HALF)), severeLeft), capLeft);
        if (counts) {
          severeDeductibleLeft = Money.max0(severeDeductibleLeft.subtract(c.inPolicy));
          severeLeft = severeLeft.subtract(pay);
          capLeft = capLeft.subtract(pay);
        }
      }
      if (pay.signum() > 0 && Sampling.chance(r, 0.03)) {
        pay = Money.round(pay.multiply(r.nextBoolean() ? ERROR_UP : ERROR_DOWN));
      }
      c.reportedBasic = pay;
    }
  }

  private static BigDecimal[] ratios(String... values) {
    BigDecimal[] out = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = new BigDecimal(values[i]);
    }
    return out;
  }

  private static int chronicTier(String code) {
    for (Diagnoses.Chronic chronic : Diagnoses.CHRONIC) {
      if (chronic.code().equals(code)) {
        return chronic.tier();
      }
    }
    return 1;
  }
}
