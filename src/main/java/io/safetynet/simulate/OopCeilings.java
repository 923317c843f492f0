package io.safetynet.simulate;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each region's own annual personal OOP ceiling, from its policy (the supplementary fund's {@code oopCeiling};
 * Xiaogan "985": 年度个人实际负担医疗费用控制在5000元以内, seed 001 part 1). A region whose policy sets none has no
 * ceiling: its households are never counted above one, rather than held to another region's 5000.
 */
final class OopCeilings {
  private OopCeilings() {}

  /** County-code prefix -> ceiling, for every policy whose latest terms set one. */
  static Map<String, BigDecimal> of(PolicyRegistry policies) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Policy p : policies.all()) {
      Param ceiling = p.periods().get(p.periods().size() - 1).terms().supplementary().oopCeiling();
      if (ceiling != null) {
        for (String prefix : p.regionCodePrefixes()) {
          out.put(prefix, ceiling.value());
        }
      }
    }
    return out;
  }

  /** A SQL expression: the ceiling of {@code regionColumn}'s region, or null where none applies. */
  static String sql(Map<String, BigDecimal> ceilings, String regionColumn) {
    if (ceilings.isEmpty()) {
      return "cast(null as decimal(18,2))";
    }
    StringBuilder s = new StringBuilder("case");
    // longest prefix first, so a county's own policy wins over its province's
    List<String> prefixes = ceilings.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    for (String prefix : prefixes) {
      if (!prefix.matches("[0-9]+")) {
        throw new IllegalArgumentException("region code prefix '" + prefix + "' is not digits");
      }
      s.append(" when ").append(regionColumn).append(" like '").append(prefix).append("%' then ")
          .append(ceilings.get(prefix).toPlainString());
    }
    return s.append(" end").toString();
  }
}
