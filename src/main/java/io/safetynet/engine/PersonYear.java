package io.safetynet.engine;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to settle one person's claims for one insurance year: the person's enrolment rows
 * (any years; the one for {@code insuranceYear} is used), the facilities and referrals the claims refer to, and
 * the claims in any order.
 */
public record PersonYear(
    String personId,
    int insuranceYear,
    List<Enrolment> enrolments,
    Map<String, Facility> facilities,
    List<Referral> referrals,
    List<Claim> claims)
    implements Serializable {}
