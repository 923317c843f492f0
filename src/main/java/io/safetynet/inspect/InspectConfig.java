package io.safetynet.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads {@code conf/inspection.yaml}: the inspectors' thresholds as data, each with a {@code source:} (a citation
 * or {@code assumption}), so no threshold hides in code.
 */
public final class InspectConfig {
  private InspectConfig() {}

  /** The inspect spec for a warehouse, with the policies' tier limits and the thresholds in {@code file}. */
  public static InspectSpec load(String warehouseRoot, Map<String, Map<String, BigDecimal>> limits, Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read inspection config " + file + ": " + e.getMessage()
          + ". Fix: restore conf/inspection.yaml from the repository", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("inspection config " + file + " is empty; restore it from the repository");
    }
    try {
      return new InspectSpec(warehouseRoot, limits, value(file, root, "peer_percentile"),
          value(file, root, "min_peers").intValueExact(), value(file, root, "reconciliation_minimum_yuan"),
          value(file, root, "trend_months").intValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(file + ": min_peers and trend_months must be whole numbers");
    }
  }

  private static BigDecimal value(Path file, JsonNode root, String key) {
    JsonNode n = root.get(key);
    if (n == null || !n.has("value")) {
      throw new IllegalArgumentException(file + ": " + key + " is missing; add '" + key
          + ": {value: <number>, source: <citation or assumption>}'");
    }
    if (!n.hasNonNull("source") || n.get("source").asText().isBlank()) {
      throw new IllegalArgumentException(file + ": " + key + " has no source; add 'source: <citation>' or"
          + " 'source: assumption'");
    }
    if (!n.get("value").isNumber()) {
      throw new IllegalArgumentException(file + ": " + key + " value '" + n.get("value").asText()
          + "' is not a number");
    }
    return n.get("value").decimalValue();
  }
}
