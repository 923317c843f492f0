package io.safetynet.indicators;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.policy.Category;
import io.safetynet.policy.Disease;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import io.safetynet.policy.PolicyTerms;
import io.safetynet.policy.Target;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reimbursement targets and out-of-catalogue tier limits the indicators check, taken from the region policy
 * configs (one source of truth, with their seed clauses there); poverty lines and catastrophic thresholds come from
 * {@code conf/indicators.yaml}. The terms in force at the end of the policy's latest period are used. A disease
 * list's age limits (children's diseases) are not carried into the indicator's ICD prefix filter.
 */
public final class PolicySettings {
  private PolicySettings() {}

  public static IndicatorsSpec spec(String warehouseRoot, PolicyRegistry policies, Path indicatorsConfig) {
    IndicatorsConfig c = IndicatorsConfig.load(indicatorsConfig);
    List<IndicatorTarget> targets = new ArrayList<>(targets(policies));
    targets.addAll(c.targets());
    Map<String, Map<String, BigDecimal>> limits = new LinkedHashMap<>(limits(policies));
    limits.putAll(c.outOfCatalogueLimits());
    return new IndicatorsSpec(warehouseRoot, targets, limits, c.poverty());
  }

  public static List<IndicatorTarget> targets(PolicyRegistry policies) {
    List<IndicatorTarget> out = new ArrayList<>();
    for (Policy p : policies.all()) {
      for (Target t : latest(p).targets()) {
        List<String> icd = null;
        if (t.diseases() != null) {
          icd = new ArrayList<>();
          for (Disease d : t.diseases().diseases()) {
            icd.addAll(d.icdPrefixes());
          }
        }
        out.add(new IndicatorTarget(p.id(), t.name(), t.measure(),
            t.categories().stream().map(Category::name).sorted().toList(),
            t.visitTypes().stream().map(VisitType::name).sorted().toList(), icd, t.ratio().value(),
            t.ceiling() == null ? null : t.ceiling().value()));
      }
    }
    return out;
  }

  public static Map<String, Map<String, BigDecimal>> limits(PolicyRegistry policies) {
    Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
    for (Policy p : policies.all()) {
      var rule = latest(p).outOfCatalogue();
      if (rule == null || rule.limits().isEmpty()) {
        continue;
      }
      Map<String, BigDecimal> tiers = new LinkedHashMap<>();
      for (Tier t : Tier.values()) {
        Param limit = rule.limit(t);
        if (limit != null) {
          tiers.put(t.name(), limit.value());
        }
      }
      out.put(p.id(), tiers);
    }
    return out;
  }

  private static PolicyTerms latest(Policy p) {
    return p.periods().get(p.periods().size() - 1).terms();
  }
}
