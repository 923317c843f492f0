package io.safetynet.engine;

import io.safetynet.policy.Category;
import io.safetynet.policy.Eligibility;
import java.time.LocalDate;
import java.util.List;

/**
 * POLICY.md §2.0: the category applied is the person's special category valid on the admission date, by the
 * region's precedence (default TEKUN > DIBAO > POOR), else ORDINARY. A special category is valid from
 * {@code poverty_identified_on} (seed 001: "按其贫困人口身份认定时间落实") until the day before
 * {@code poverty_exited_on}.
 */
public final class CategoryRule {
  private CategoryRule() {}

  public static Category categoryOn(Enrolment enrolment, LocalDate admission, Eligibility eligibility) {
    if (!isSpecialOn(enrolment, admission)) {
      return Category.ORDINARY;
    }
    for (Category c : eligibility.precedence()) {
      if (enrolment.categories().contains(c)) {
        return c;
      }
    }
    return Category.ORDINARY;
  }

  static boolean isSpecialOn(Enrolment e, LocalDate date) {
    if (e.povertyIdentifiedOn() != null && date.isBefore(e.povertyIdentifiedOn())) {
      return false;
    }
    return e.povertyExitedOn() == null || date.isBefore(e.povertyExitedOn());
  }

  /** The enrolment row for the insurance year, or null when the person is not enrolled that year. */
  public static Enrolment enrolmentFor(List<Enrolment> enrolments, int year) {
    for (Enrolment e : enrolments) {
      if (e.insuranceYear() == year) {
        return e;
      }
    }
    return null;
  }
}
