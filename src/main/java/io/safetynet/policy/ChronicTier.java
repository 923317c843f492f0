package io.safetynet.policy;

import java.io.Serializable;

/** One tier of outpatient chronic diseases (门诊特殊慢性病) with its annual limit. Higher rank = higher tier. */
public record ChronicTier(int rank, Param annualLimit, DiseaseList diseases) implements Serializable {}
