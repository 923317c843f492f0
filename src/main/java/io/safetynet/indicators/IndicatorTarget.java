package io.safetynet.indicators;

import io.safetynet.policy.Target;
import java.math.BigDecimal;
import java.util.List;

/**
 * A promised reimbursement target checked per person-year, as plain data so the lead can feed it from the policy
 * configs (e.g. Xiaogan: poor inpatient ACTUAL ratio >= 0.90). {@code icdPrefixes} null means every diagnosis;
 * {@code ceiling} null means no over-protection ceiling (ruling R8).
 */
public record IndicatorTarget(
    String policyId,
    String name,
    Target.Measure measure,
    List<String> categories,
    List<String> visitTypes,
    List<String> icdPrefixes,
    BigDecimal ratio,
    BigDecimal ceiling) {
  public IndicatorTarget {
    require(policyId, "policy_id");
    require(name, "name");
    if (measure == null) {
      throw new IllegalArgumentException("target " + name + ": measure is missing; use ACTUAL or COMPLIANT");
    }
    if (categories == null || categories.isEmpty() || visitTypes == null || visitTypes.isEmpty()) {
      throw new IllegalArgumentException("target " + name + ": list at least one category and one visit type");
    }
    if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("target " + name + ": ratio " + ratio + " must be in (0, 1], e.g. 0.90");
    }
    if (ceiling != null && ceiling.compareTo(ratio) < 0) {
      throw new IllegalArgumentException("target " + name + ": ceiling " + ceiling + " is below the ratio " + ratio);
    }
    categories = List.copyOf(categories);
    visitTypes = List.copyOf(visitTypes);
    icdPrefixes = icdPrefixes == null ? null : List.copyOf(icdPrefixes);
  }

  /** A target with no over-protection ceiling. */
  public IndicatorTarget(String policyId, String name, Target.Measure measure, List<String> categories,
      List<String> visitTypes, List<String> icdPrefixes, BigDecimal ratio) {
    this(policyId, name, measure, categories, visitTypes, icdPrefixes, ratio, null);
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("indicator target: " + field + " is missing");
    }
  }
}
