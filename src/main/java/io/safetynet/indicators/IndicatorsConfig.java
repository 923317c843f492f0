package io.safetynet.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.safetynet.policy.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code conf/indicators.yaml}. Every number there carries a {@code source:} (a citation or
 * {@code assumption}); a number without one is refused so no unsourced value reaches a dashboard.
 */
public record IndicatorsConfig(
    List<IndicatorTarget> targets, Map<String, Map<String, BigDecimal>> outOfCatalogueLimits, PovertyConfig poverty) {

  public static IndicatorsConfig load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read indicators config " + file + ": " + e.getMessage(), e);
    }
    if (root == null) {
      throw new IllegalArgumentException("indicators config " + file + " is empty");
    }
    return new IndicatorsConfig(targets(file, root), limits(file, root), poverty(file, root));
  }

  private static List<IndicatorTarget> targets(Path file, JsonNode root) {
    List<IndicatorTarget> out = new ArrayList<>();
    int i = 0;
    for (JsonNode t : root.path("targets")) {
      String where = file + ": targets[" + i++ + "]";
      sourced(where, t);
      List<String> icd = t.hasNonNull("icd_prefixes") ? strings(t.get("icd_prefixes")) : null;
      try {
        out.add(
            new IndicatorTarget(
                text(where, t, "policy_id"),
                text(where, t, "name"),
                Target.Measure.valueOf(text(where, t, "measure")),
                strings(t.path("categories")),
                strings(t.path("visit_types")),
                icd,
                decimal(where, t, "ratio"),
                t.hasNonNull("ceiling") ? decimal(where, t, "ceiling") : null));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Map<String, Map<String, BigDecimal>> limits(Path file, JsonNode root) {
    Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
    root.path("out_of_catalogue_limits")
        .fields()
        .forEachRemaining(
            policy -> {
              String where = file + ": out_of_catalogue_limits." + policy.getKey();
              sourced(where, policy.getValue());
              Map<String, BigDecimal> tiers = new LinkedHashMap<>();
              policy.getValue().path("tiers").fields().forEachRemaining(
                  tier -> tiers.put(tier.getKey(), decimal(where + ".tiers", policy.getValue().path("tiers"), tier.getKey())));
              out.put(policy.getKey(), tiers);
            });
    return out;
  }

  private static PovertyConfig poverty(Path file, JsonNode root) {
    Map<Integer, BigDecimal> lines = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode line : root.path("poverty_lines")) {
      String where = file + ": poverty_lines[" + i++ + "]";
      sourced(where, line);
      lines.put(line.path("year").asInt(), decimal(where, line, "yuan_per_person"));
    }
    JsonNode cat = root.path("catastrophic");
    String where = file + ": catastrophic";
    sourced(where, cat);
    JsonNode decline = root.path("illness_poverty_decline");
    sourced(file + ": illness_poverty_decline", decline);
    return new PovertyConfig(
        lines,
        decimal(where, cat, "lower_share"),
        decimal(where, cat, "upper_share"),
        decimal(file + ": illness_poverty_decline", decline, "yearly_relative_decline"));
  }

  private static void sourced(String where, JsonNode node) {
    if (node.isMissingNode() || !node.hasNonNull("source") || node.get("source").asText().isBlank()) {
      throw new IllegalArgumentException(
          where + ": source is missing; cite the document, or write `source: assumption`");
    }
  }

  private static String text(String where, JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      throw new IllegalArgumentException(where + ": field " + field + " is missing");
    }
    return node.get(field).asText();
  }

  private static BigDecimal decimal(String where, JsonNode node, String field) {
    String v = text(where, node, field);
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": " + field + " = '" + v + "' is not a number", e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
