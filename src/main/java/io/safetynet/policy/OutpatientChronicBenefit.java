package io.safetynet.policy;

import java.io.Serializable;
import java.util.List;

/** Outpatient chronic: no deductible, P x ratio, within the annual limit of the person's highest chronic tier. */
public record OutpatientChronicBenefit(Param ratio, List<ChronicTier> tiers) implements Serializable {
  public OutpatientChronicBenefit {
    tiers = List.copyOf(tiers);
  }

  /** The highest tier the diagnosis falls under, or null. */
  public ChronicTier tierOf(String diagnosisCode, Integer age) {
    ChronicTier best = null;
    for (ChronicTier t : tiers) {
      if (t.diseases().match(diagnosisCode, age) != null && (best == null || t.rank() > best.rank())) {
        best = t;
      }
    }
    return best;
  }
}
