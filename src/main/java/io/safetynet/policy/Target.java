package io.safetynet.policy;

import java.io.Serializable;
import java.util.Set;

/**
 * A promised reimbursement target the indicators check, e.g. Xiaogan: poor inpatient actual ratio >= 90%; Gansu:
 * compliant ratio >= 85%. {@code diseases} (nullable) restricts it to a disease list (Alxa: major diseases).
 * {@code ceiling} (nullable) is the ratio above which a person-year is over-protected, where a seed or local rule
 * caps the final ratio (ruling R8, policy owners 2026-12-07: the 90% target is also a ceiling there).
 */
public record Target(
    String name,
    Measure measure,
    Set<Category> categories,
    Set<VisitType> visitTypes,
    DiseaseList diseases,
    Param ratio,
    Param ceiling)
    implements Serializable {
  public Target {
    categories = Set.copyOf(categories);
    visitTypes = Set.copyOf(visitTypes);
    if (ceiling != null && ceiling.value().compareTo(ratio.value()) < 0) {
      throw new IllegalArgumentException("target " + name + ": ceiling " + ceiling.value().toPlainString()
          + " is below the target ratio " + ratio.value().toPlainString());
    }
  }

  /** ACTUAL: all funds / total cost. COMPLIANT: funds on in-policy cost / in-policy cost. */
  public enum Measure {
    ACTUAL, COMPLIANT
  }
}
