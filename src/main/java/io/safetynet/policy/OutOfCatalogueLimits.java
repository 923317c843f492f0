package io.safetynet.policy;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * Out-of-catalogue (目录外) control for special categories on inpatient/day-case claims: allowed =
 * min(O, limit[tier] x T). When {@code hospitalBearsExcess}, the excess is borne by the hospital and the allowed
 * part is split patient : supplementary by {@code patientShare} (seed {@code 001}: 1 : 9, so 0.1); otherwise the
 * limits are only monitored (seed {@code 004}) and the patient pays O.
 */
public record OutOfCatalogueLimits(
    Map<Tier, Param> limits,
    Set<Category> categories,
    boolean hospitalBearsExcess,
    Param patientShare,
    Source source)
    implements Serializable {
  public OutOfCatalogueLimits {
    limits = Map.copyOf(limits);
    categories = Set.copyOf(categories);
  }

  public Param limit(Tier tier) {
    return limits.get(tier);
  }
}
