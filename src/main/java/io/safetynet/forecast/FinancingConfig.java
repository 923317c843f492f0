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
 * Dated per-capita financing per region and fund, from {@code conf/financing.yaml}:
 *
 * <pre>
 * regions:
 *   xiaogan:
 *     basic:
 *       opening_balance: { yuan: 0, source: assumption, note: "no published balance" }
 *       after: { growth: 0.03, source: assumption, note: "why this rate" }
 *       2018:
 *         subsidy: { yuan: 490, source: assumption, note: "national 2018 standard" }
 *         personal: { yuan: 220, source: assumption, note: "national 2018 standard" }
 *     critical:
 *       after: { growth: 0, source: assumption, note: "why flat" }
 *       2018: { yuan: 55, source: assumption, note: "carve-out out of basic" }
 * </pre>
 *
 * A year's value holds until the next configured year. After the last configured year only the fund's
 * {@code after} rule extends it; without one there is no value, never the last one held silently. A year gives
 * either {@code subsidy} and {@code personal} (each with its source) or one undivided {@code yuan} with its source.
 * The {@code critical} fund's value is carved out of basic financing (大病保险资金从基本医保基金中划出): basic keeps
 * its total minus the carve-out, so the carve-out is counted once. Every value needs a {@code source}: a seed file
 * name then its clause, or {@code assumption} with a {@code note}.
 */
public final class FinancingConfig {
  private static final Pattern SEED_FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
  private static final String AFTER = "after";
  private static final String OPENING = "opening_balance";

  private final String file;
  private final Map<String, Map<Fund, FundSchedule>> regions;

  private FinancingConfig(String file, Map<String, Map<Fund, FundSchedule>> regions) {
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
    Map<String, Map<Fund, FundSchedule>> regions = new LinkedHashMap<>();
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
      Map<Fund, FundSchedule> funds = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> fi = region.getValue().fields(); fi.hasNext(); ) {
        Map.Entry<String, JsonNode> fundEntry = fi.next();
        String fundField = regionField + "." + fundEntry.getKey();
        Fund fund = Fund.ofKey(fundEntry.getKey());
        if (fund == null) {
          throw FinancingConfigException.at(
              file, fundField, "unknown fund", "use basic, critical, assistance or supplementary");
        }
        funds.put(fund, parseFund(file, fundField, fundEntry.getValue()));
      }
      regions.put(region.getKey(), Collections.unmodifiableMap(funds));
    }
    return new FinancingConfig(file, Collections.unmodifiableMap(regions));
  }

  private static FundSchedule parseFund(String file, String fundField, JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      throw FinancingConfigException.at(
          file, fundField, "must map years to values", "write e.g. '2018: { yuan: 200, source: assumption }'");
    }
    NavigableMap<Integer, Financing> out = new TreeMap<>();
    FinancingRule after = null;
    OpeningBalance opening = OpeningBalance.NONE_CONFIGURED;
    for (Iterator<Map.Entry<String, JsonNode>> yi = node.fields(); yi.hasNext(); ) {
      Map.Entry<String, JsonNode> e = yi.next();
      String field = fundField + "." + e.getKey();
      if (e.getKey().equals(AFTER)) {
        after = afterRule(file, field, e.getValue());
        continue;
      }
      if (e.getKey().equals(OPENING)) {
        opening = new OpeningBalance(yuan(file, field, e.getValue(), true), source(file, field, e.getValue()));
        continue;
      }
      int year;
      try {
        year = Integer.parseInt(e.getKey());
      } catch (NumberFormatException ex) {
        throw FinancingConfigException.at(file, field, "'" + e.getKey() + "' is not a year",
            "use a 4-digit year, 'after' or 'opening_balance'");
      }
      out.put(year, yearValue(file, field, year, e.getValue()));
    }
    if (out.isEmpty()) {
      throw FinancingConfigException.at(
          file, fundField, "no year values", "add at least one year, e.g. '2018: { yuan: 200, source: assumption }'");
    }
    return new FundSchedule(Collections.unmodifiableNavigableMap(out), after, opening);
  }

  private static Financing yearValue(String file, String field, int year, JsonNode v) {
    if (v.has("subsidy") || v.has("personal")) {
      for (String part : new String[] {"subsidy", "personal"}) {
        if (!v.has(part) || !v.get(part).isObject()) {
          throw FinancingConfigException.at(file, field + "." + part, "missing",
              "give both 'subsidy: { yuan: .., source: .. }' and 'personal: { yuan: .., source: .. }'");
        }
      }
      JsonNode s = v.get("subsidy");
      JsonNode p = v.get("personal");
      return new Financing(year, yuan(file, field + ".subsidy", s, false), source(file, field + ".subsidy", s),
          yuan(file, field + ".personal", p, false), source(file, field + ".personal", p), Money.ZERO,
          "configured for " + year);
    }
    BigDecimal yuan = yuan(file, field, v, false);
    Source source = source(file, field, v);
    return new Financing(year, yuan, source, null, source, Money.ZERO,
        "configured for " + year);
  }

  private static FinancingRule afterRule(String file, String field, JsonNode v) {
    JsonNode g = v.get("growth");
    if (g == null || !g.isNumber() || g.asDouble() <= -1) {
      throw FinancingConfigException.at(file, field + ".growth", "missing or not a rate above -1 (got " + g + ")",
          "give the yearly growth after the last configured year, e.g. 'growth: 0.03' (0 holds it, explicitly)");
    }
    return new FinancingRule(g.asDouble(), source(file, field, v));
  }

  private static BigDecimal yuan(String file, String field, JsonNode v, boolean signed) {
    JsonNode yuan = v.get("yuan");
    if (yuan == null || !yuan.isNumber() || (!signed && yuan.decimalValue().signum() < 0)) {
      throw FinancingConfigException.at(
          file, field + ".yuan", "missing or not a" + (signed ? "" : " non-negative") + " number (got " + yuan + ")",
          "give yuan" + (signed ? "" : " per person per year") + ", e.g. 'yuan: 200'");
    }
    return Money.round(new BigDecimal(yuan.asText()));
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

  /**
   * Financing {@code fund} keeps in {@code year}: the latest configured year not after it, or the last one grown by
   * the fund's {@code after} rule; for basic, less the critical-illness carve-out of the same year when the region
   * configures one.
   *
   * @throws FinancingConfigException when the fund is not configured, the year is before its first value, or after
   *     its last value with no {@code after} rule
   */
  public Financing perCapita(String regionId, Fund fund, int year) {
    Financing own = scheduled(regionId, fund, year);
    if (fund != Fund.BASIC || !has(regionId, Fund.CRITICAL)) {
      return own;
    }
    BigDecimal carve = scheduled(regionId, Fund.CRITICAL, year).total();
    return new Financing(own.fromYear(), own.subsidy(), own.subsidySource(), own.personal(), own.personalSource(),
        carve, own.basis() + "; less the critical-illness carve-out of " + carve.toPlainString());
  }

  /** The balance the fund starts its first history year with (0, marked as an assumption, when not configured). */
  public OpeningBalance openingBalance(String regionId, Fund fund) {
    return has(regionId, fund) ? regions.get(regionId).get(fund).openingBalance() : OpeningBalance.NONE_CONFIGURED;
  }

  /**
   * One line on how the fund's financing continues after its last configured year, for the report: the rule, or
   * that there is none (so projections beyond it are not made).
   */
  public String extension(String regionId, Fund fund) {
    if (!has(regionId, fund)) {
      return "no financing configured";
    }
    FundSchedule s = regions.get(regionId).get(fund);
    return s.after() == null
        ? "no rule after " + s.lastYear() + ": not projected beyond it (add 'after:' to " + file + ")"
        : "after " + s.lastYear() + " " + s.after().describe();
  }

  private Financing scheduled(String regionId, Fund fund, int year) {
    String field = "regions." + regionId + "." + fund.key();
    if (!has(regionId, fund)) {
      throw FinancingConfigException.at(file, field, "not configured", "add per-capita financing for this fund");
    }
    FundSchedule s = regions.get(regionId).get(fund);
    Financing f = s.at(year);
    if (f == null && year < s.years().firstKey()) {
      throw FinancingConfigException.at(
          file, field, "no value for " + year + " or earlier", "add a value for " + year + " or an earlier year");
    }
    if (f == null) {
      throw FinancingConfigException.at(file, field, "no value for " + year + " and no 'after' rule beyond "
          + s.lastYear(), "add values up to " + year + " or 'after: { growth: R, source: .. }' (growth 0 holds the "
          + "last value, explicitly)");
    }
    return f;
  }
}
