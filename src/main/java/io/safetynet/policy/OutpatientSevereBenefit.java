package io.safetynet.policy;

import java.io.Serializable;
import java.util.Map;

/**
 * Outpatient severe (门诊重症): annual cumulative deductible per category (Gansu seed 000: none for 建档立卡, ruling
 * R2), P x ratio, annual cap; listed diseases only.
 */
public record OutpatientSevereBenefit(Map<Category, Param> deductible, Param ratio, Param annualCap,
    DiseaseList diseases) implements Serializable {
  public OutpatientSevereBenefit {
    deductible = Map.copyOf(deductible);
  }

  /** The annual deductible of a category; every category has one (the config reader checks). */
  public Param deductible(Category c) {
    return deductible.get(c);
  }
}
