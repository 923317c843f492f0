package io.safetynet.policy;

import java.io.Serializable;
import java.util.Set;

/**
 * A promised reimbursement target the indicators check, e.g. Xiaogan: poor inpatient actual ratio >= 90%; Gansu:
 * compliant ratio >= 85%. {@code diseases} (nullable) restricts it to a disease list (Alxa: major diseases).
 */
public record Target(
    String name, Measure measure, Set<Category> categories, Set<VisitType> visitTypes, DiseaseList diseases, Param ratio)
    implements Serializable {
  public Target {
    categories = Set.copyOf(categories);
    visitTypes = Set.copyOf(visitTypes);
  }

  /** ACTUAL: all funds / total cost. COMPLIANT: funds on in-policy cost / in-policy cost. */
  public enum Measure {
    ACTUAL, COMPLIANT
  }
}
