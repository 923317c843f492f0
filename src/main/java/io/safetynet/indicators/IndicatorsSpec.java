package io.safetynet.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the indicators job reads and checks: the warehouse root, the reimbursement targets, the out-of-catalogue
 * limits (policy_id -> tier -> share of total cost) and the poverty parameters.
 */
public record IndicatorsSpec(
    String warehouseRoot,
    List<IndicatorTarget> targets,
    Map<String, Map<String, BigDecimal>> outOfCatalogueLimits,
    PovertyConfig poverty) {
  public IndicatorsSpec {
    if (warehouseRoot == null || warehouseRoot.isBlank()) {
      throw new IllegalArgumentException("indicators: warehouse root is missing");
    }
    targets = List.copyOf(targets);
    outOfCatalogueLimits = Map.copyOf(outOfCatalogueLimits);
  }
}
