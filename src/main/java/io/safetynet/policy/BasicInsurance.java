package io.safetynet.policy;

import java.io.Serializable;

/**
 * 基本医保 (urban-rural resident basic medical insurance), POLICY.md §2.2. Chronic, severe, inpatient and day
 * case share {@code annualCap}.
 */
public record BasicInsurance(
    InpatientBenefit inpatient,
    OutpatientGeneralBenefit outpatientGeneral,
    OutpatientChronicBenefit outpatientChronic,
    OutpatientSevereBenefit outpatientSevere,
    Param annualCap)
    implements Serializable {}
