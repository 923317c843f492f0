package io.safetynet.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.safetynet.engine.Money;
import io.safetynet.policy.Source;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Per-capita financing per region and fund, from {@code conf/financing.yaml}:
 *
 * <pre>
 * regions:
 *   xiaogan:
 *     supplementary:
 *       2018: { yuan: 200, source: "001_13153c10c1d4bd39.txt (五) 补充保险兜底待遇" }
 *     basic:
 *       2018: { yuan: 710, source: assumption, note: "national 2018 standard: subsidy 490 + personal 220" }
 * </pre>
 *
 * A value holds from its year until the next configured year (and for every later year after the last one).
 * Every value needs a {@code source}: a seed file name then its clause, or {@code assumption} with a {@code note}.
 */
public final class FinancingConfig {
  private static final Pattern SEED_FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

  private final String file;
  private final Map<String, Map<Fund, NavigableMap<Integer, Financing>>> regions;

  private FinancingConfig(String file, Map<String, Map<Fund, NavigableMap<Integer, Financing>>> regions) {
    this.file = file;
    this.regions = regions;
  }

  public static FinancingConfig load(Path path) {
    String file = path.toString();
    if (!Files.isRegularFile(path)) {
      throw FinancingConfigException.at(file, "(file)", "not found", "pass the path of conf/financing.yaml");
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
    } catch (IOException e) {
      throw new FinancingConfigException(
          file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + "). Fix: correct the syntax",
          e);
    }
    return parse(file, root);
  }

  static FinancingConfig parse(String file, JsonNode root) {
    JsonNode regionsNode = root == null ? null : root.get("regions");
    if (regionsNode == null || !regionsNode.isObject() || regionsNode.isEmpty()) {
      throw FinancingConfigException.at(
          file, "regions", "missing or empty", "add a 'regions:' map keyed by region id (e.g. xiaogan)");
    }
    Map<String, Map<Fund, NavigableMap<Integer, Financing>>> regions = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = regionsNode.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> region = it.next();
      String regionField = "regions." + region.getKey();
      if (!RegionIds.knownIds().contains(region.getKey())) {
        throw FinancingConfigException.at(
            file, regionField, "unknown region id", "use one of " + RegionIds.knownIds());
      }
      if (!region.getValue().isObject()) {
        throw FinancingConfigException.at(file, regionField, "must be a map of fund -> years", "see the file header");
      }
      Map<Fund, NavigableMap<Integer, Financing>> funds = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> fi = region.getValue().fields(); fi.hasNext(); ) {
        Map.Entry<String, JsonNode> fundEntry = fi.next();
        String fundField = regionField + "." + fundEntry.getKey();
        Fund fund = Fund.ofKey(fundEntry.getKey());
        if (fund == null) {
          throw FinancingConfigException.at(
              file, fundField, "unknown fund", "use basic, critical, assistance or supplementary");
        }
        funds.put(fund, parseYears(file, fundField, fundEntry.getValue()));
      }
      regions.put(region.getKey(), Collections.unmodifiableMap(funds));
    }
    return new FinancingConfig(file, Collections.unmodifiableMap(regions));
  }

  private static NavigableMap<Integer, Financing> parseYears(String file, String fundField, JsonNode years) {
    if (!years.isObject() || years.isEmpty()) {
      throw FinancingConfigException.at(
          file, fundField, "must map years to values", "write e.g. '2018: { yuan: 200, source: assumption }'");
    }
    NavigableMap<Integer, Financing> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> yi = years.fields(); yi.hasNext(); ) {
      Map.Entry<String, JsonNode> e = yi.next();
      String field = fundField + "." + e.getKey();
      int year;
      try {
        year = Integer.parseInt(e.getKey());
      } catch (NumberFormatException ex) {
        throw FinancingConfigException.at(file, field, "'" + e.getKey() + "' is not a year", "use a 4-digit year");
      }
      JsonNode v = e.getValue();
      JsonNode yuan = v.get("yuan");
      if (yuan == null || !yuan.isNumber() || yuan.decimalValue().signum() < 0) {
        throw FinancingConfigException.at(
            file, field + ".yuan", "missing or not a non-negative number (got " + yuan + ")",
            "give the per-capita yuan per person per year, e.g. 'yuan: 200'");
      }
      out.put(year, new Financing(year, Money.round(new BigDecimal(yuan.asText())), source(file, field, v)));
    }
    return Collections.unmodifiableNavigableMap(out);
  }

  private static Source source(String file, String field, JsonNode v) {
    JsonNode s = v.get("source");
    if (s == null || !s.isTextual() || s.asText().isBlank()) {
      throw FinancingConfigException.at(
          file, field + ".source", "missing",
          "name the seed file and clause (e.g. '001_13153c10c1d4bd39.txt (五)') or write 'assumption' with a note");
    }
    String text = s.asText().trim();
    JsonNode note = v.get("note");
    if (text.equals("assumption")) {
      if (note == null || note.asText().isBlank()) {
        throw FinancingConfigException.at(file, field + ".note", "an assumption needs a note", "say why the value");
      }
      return Source.assumption(note.asText().trim());
    }
    String[] parts = text.split("\\s+", 2);
    if (!SEED_FILE.matcher(parts[0]).matches()) {
      throw FinancingConfigException.at(
          file, field + ".source", "'" + text + "' starts with no seed file name",
          "start with a seed file like 001_13153c10c1d4bd39.txt, or write 'assumption'");
    }
    return Source.seed(parts[0], parts.length > 1 ? parts[1] : "");
  }

  public String file() {
    return file;
  }

  public Set<String> regionIds() {
    return regions.keySet();
  }

  public boolean has(String regionId, Fund fund) {
    return regions.containsKey(regionId) && regions.get(regionId).containsKey(fund);
  }

  /** Financing in force in {@code year}: the latest configured year not after it. */
  public Financing perCapita(String regionId, Fund fund, int year) {
    String field = "regions." + regionId + "." + fund.key();
    if (!has(regionId, fund)) {
      throw FinancingConfigException.at(file, field, "not configured", "add per-capita financing for this fund");
    }
    Map.Entry<Integer, Financing> e = regions.get(regionId).get(fund).floorEntry(year);
    if (e == null) {
      throw FinancingConfigException.at(
          file, field, "no value for " + year + " or earlier", "add a value for " + year + " or an earlier year");
    }
    return e.getValue();
  }
}
