package io.safetynet.forecast;

/**
 * Enrolled persons of one region in one insurance year; {@code supplementaryPersons} are those the supplementary
 * policy covers (equal to {@code persons} when the enrolment table does not say).
 */
public record EnrolmentCount(String regionId, int year, long persons, long supplementaryPersons) {
  public long personsFor(Fund fund) {
    return fund == Fund.SUPPLEMENTARY ? supplementaryPersons : persons;
  }
}
