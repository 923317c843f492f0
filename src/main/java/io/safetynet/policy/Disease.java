package io.safetynet.policy;

import java.io.Serializable;
import java.util.List;

/**
 * A disease as ICD-10 code prefixes, e.g. gastric cancer {@code C16}, ESRD {@code N18.5}/{@code N18.6}.
 * {@code underAge} restricts it to children (e.g. children's leukaemia: under 18); null means any age.
 */
public record Disease(String name, List<String> icdPrefixes, Integer underAge) implements Serializable {
  public Disease {
    icdPrefixes = List.copyOf(icdPrefixes);
  }

  /** Whether a diagnosis code (case-insensitive) falls under this disease for a patient of this age (null: unknown). */
  public boolean matches(String diagnosisCode, Integer ageAtAdmission) {
    if (diagnosisCode == null) {
      return false;
    }
    if (underAge != null && (ageAtAdmission == null || ageAtAdmission >= underAge)) {
      return false;
    }
    String code = diagnosisCode.trim().toUpperCase(java.util.Locale.ROOT);
    for (String prefix : icdPrefixes) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
