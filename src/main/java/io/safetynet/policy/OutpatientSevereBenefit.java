package io.safetynet.policy;

import java.io.Serializable;

/** Outpatient severe (门诊重症): annual cumulative deductible, P x ratio, annual cap; listed diseases only. */
public record OutpatientSevereBenefit(Param deductible, Param ratio, Param annualCap, DiseaseList diseases)
    implements Serializable {}
