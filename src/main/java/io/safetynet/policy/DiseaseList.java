package io.safetynet.policy;

import java.io.Serializable;
import java.util.List;

/** A named list of diseases from a policy text (e.g. Fuxin's 8 major diseases for assistance). */
public record DiseaseList(String name, List<Disease> diseases, Source source) implements Serializable {
  public DiseaseList {
    diseases = List.copyOf(diseases);
  }

  /** The first listed disease the diagnosis falls under, or null. */
  public Disease match(String diagnosisCode, Integer ageAtAdmission) {
    for (Disease d : diseases) {
      if (d.matches(diagnosisCode, ageAtAdmission)) {
        return d;
      }
    }
    return null;
  }
}
