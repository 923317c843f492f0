package io.safetynet.policy;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * 医疗救助 (POLICY.md §2.4) on the in-policy OOP left after basic + critical: {@code ratio} per covered category
 * (only for {@code diseases} when set), within {@code annualCap} per category (missing: uncapped); and/or full
 * payment of the annual cumulative in-policy OOP above {@code threshold} for {@code thresholdCategories}
 * (seed {@code 000}: 3000). Only {@code visitTypes} are covered (Alxa: inpatient and day case, ruling R5).
 * {@code source} is the section's clause (null for none).
 */
public record MedicalAssistance(
    Map<Category, Param> ratio,
    DiseaseList diseases,
    Set<VisitType> visitTypes,
    Map<Category, Param> annualCap,
    Param threshold,
    Set<Category> thresholdCategories,
    Source source)
    implements Serializable {
  public MedicalAssistance {
    ratio = Map.copyOf(ratio);
    visitTypes = Set.copyOf(visitTypes);
    annualCap = Map.copyOf(annualCap);
    thresholdCategories = Set.copyOf(thresholdCategories);
  }

  /** A policy with no assistance at all. */
  public static MedicalAssistance none() {
    return new MedicalAssistance(Map.of(), null, Set.of(), Map.of(), null, Set.of(), null);
  }
}
