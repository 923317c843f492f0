package io.safetynet.engine;

import java.io.Serializable;
import java.time.LocalDate;

/** A referral (转诊) to a facility; an emergency referral's paperwork may be filed after admission. */
public record Referral(
    String referralId,
    String personId,
    String fromFacilityId,
    String toFacilityId,
    LocalDate issuedOn,
    boolean emergency,
    LocalDate filedOn)
    implements Serializable {}
