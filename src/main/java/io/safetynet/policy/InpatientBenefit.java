package io.safetynet.policy;

import java.io.Serializable;
import java.util.Map;

/** Basic insurance for inpatient and day-case claims: per-admission deductible and ratio by category and tier. */
public record InpatientBenefit(Map<Category, Map<Tier, Param>> deductible, Map<Category, Map<Tier, Param>> ratio)
    implements Serializable {
  public InpatientBenefit {
    deductible = copy(deductible);
    ratio = copy(ratio);
  }

  public Param deductible(Category c, Tier t) {
    return deductible.get(c).get(t);
  }

  public Param ratio(Category c, Tier t) {
    return ratio.get(c).get(t);
  }

  static <K, T> Map<K, Map<Tier, T>> copy(Map<K, Map<Tier, T>> m) {
    Map<K, Map<Tier, T>> out = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Map.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }
}
