package io.safetynet.policy;

import java.io.Serializable;
import java.util.Map;

/**
 * 门诊统筹: min(P x ratio, daily cap at the tier, annual cap left). A tier without a daily cap is not covered.
 * Not part of 四位一体.
 */
public record OutpatientGeneralBenefit(Param ratio, Map<Tier, Param> dailyCap, Param annualCap)
    implements Serializable {
  public OutpatientGeneralBenefit {
    dailyCap = Map.copyOf(dailyCap);
  }
}
