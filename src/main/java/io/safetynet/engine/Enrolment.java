package io.safetynet.engine;

import io.safetynet.policy.Category;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** A person's enrolment for one insurance year (参保登记), without personal data. */
public record Enrolment(
    String personId,
    int insuranceYear,
    String regionCode,
    String householdId,
    LocalDate birthDate,
    Set<Category> categories,
    LocalDate povertyIdentifiedOn,
    LocalDate povertyExitedOn,
    boolean severeDisability,
    boolean supplementaryInsured)
    implements Serializable {
  public Enrolment {
    categories = Set.copyOf(categories);
  }
}
