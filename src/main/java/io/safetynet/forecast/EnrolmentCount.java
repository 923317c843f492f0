package io.safetynet.forecast;

import java.math.BigDecimal;

/**
 * Enrolled persons of one region in one insurance year; {@code supplementaryPersons} are those the supplementary
 * policy covers (equal to {@code persons} when the enrolment table does not say). {@code premiums} is the sum of
 * premium_personal + premium_subsidy over the year's enrolled persons (the individual contributions, whether the
 * person paid or public funds paid for them, 资助参保), or null when the table lacks those columns or a value.
 */
public record EnrolmentCount(String regionId, int year, long persons, long supplementaryPersons, BigDecimal premiums) {
  public EnrolmentCount(String regionId, int year, long persons, long supplementaryPersons) {
    this(regionId, year, persons, supplementaryPersons, null);
  }

  public long personsFor(Fund fund) {
    return fund == Fund.SUPPLEMENTARY ? supplementaryPersons : persons;
  }
}
