package io.safetynet.policy;

import java.io.Serializable;

/**
 * Out-of-county inpatient care needs a referral issued on or before admission, or an emergency referral filed
 * within {@code emergencyWorkingDays} working days after admission (seed {@code 001}). A non-compliant claim's
 * basic ratio drops by {@code basicRatioPenalty} and, if {@code withholdSupplementary}, it gets no supplementary.
 */
public record ReferralRule(
    boolean required,
    int emergencyWorkingDays,
    Param basicRatioPenalty,
    boolean withholdSupplementary,
    Source source)
    implements Serializable {}
