package io.safetynet.engine;

import io.safetynet.policy.Tier;
import java.io.Serializable;

/** A medical facility (定点医疗机构). */
public record Facility(
    String facilityId, String regionCode, Tier tier, boolean designated, boolean majorDiseaseDesignated)
    implements Serializable {}
