package io.safetynet.policy;

import java.io.Serializable;
import java.util.Set;

/** A supplementary top-up target for a disease list (e.g. Alxa: 23 major diseases and ESRD dialysis to 90%). */
public record DiseaseTarget(DiseaseList diseases, Param target, Set<VisitType> visitTypes) implements Serializable {
  public DiseaseTarget {
    visitTypes = Set.copyOf(visitTypes);
  }
}
