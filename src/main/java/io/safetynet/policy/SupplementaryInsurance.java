package io.safetynet.policy;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 补充保险 / 兜底 (POLICY.md §2.5): for covered categories, tops funds up to target x base (targets per visit type,
 * or per disease list, the higher applies), takes its share of allowed out-of-catalogue cost, then pays whatever
 * pushes the annual cumulative OOP on 四位一体 claims above {@code oopCeiling} (seed {@code 001}: 5000; null: none).
 * When {@code requiresEnrolmentFlag}, only persons whose enrolment says {@code supplementary_insured} are covered.
 */
public record SupplementaryInsurance(
    Set<Category> categories,
    boolean requiresEnrolmentFlag,
    Map<VisitType, Param> targets,
    List<DiseaseTarget> diseaseTargets,
    TopUpBase base,
    Param oopCeiling)
    implements Serializable {
  public SupplementaryInsurance {
    categories = Set.copyOf(categories);
    targets = Map.copyOf(targets);
    diseaseTargets = List.copyOf(diseaseTargets);
  }

  /** What the top-up target is a share of. */
  public enum TopUpBase {
    IN_POLICY, TOTAL
  }

  public static SupplementaryInsurance none() {
    return new SupplementaryInsurance(Set.of(), false, Map.of(), List.of(), TopUpBase.IN_POLICY, null);
  }
}
