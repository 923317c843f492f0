package io.safetynet.config;

import io.safetynet.policy.Policy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A planner's scenario: one region's policy with an overlay applied to every period (conf/scenarios/README.md).
 * {@code registry} is the baseline registry with that region's policy replaced; every other region is unchanged.
 *
 * @param name short label for reports, unique among the scenarios of one run
 * @param file the scenario file it came from
 * @param policyId the policy it changes (a conf/policies id)
 * @param policy the changed policy (version "baseline-version+scenario-file")
 * @param registry the baseline registry with {@code policy} in place of the baseline's
 */
public record Scenario(String name, String file, String policyId, Policy policy, PolicyRegistry registry)
    implements Serializable {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(registry, "registry");
  }

  /** The baseline registry with the baseline policies of {@code changed.id()} replaced by {@code changed}. */
  static PolicyRegistry replace(PolicyRegistry baseline, Policy changed) {
    List<Policy> out = new ArrayList<>();
    for (Policy p : baseline.all()) {
      out.add(p.id().equals(changed.id()) && p.file().equals(changed.file()) ? changed : p);
    }
    return PolicyRegistry.of(out);
  }
}
