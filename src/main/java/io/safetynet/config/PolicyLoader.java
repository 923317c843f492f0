package io.safetynet.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.safetynet.policy.Period;
import io.safetynet.policy.Policy;
import io.safetynet.policy.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one region's policy YAML (format: conf/policies/README.md) into an immutable {@link Policy}, validating
 * everything before any settlement runs. Amendments and scenario overlays go through {@link PolicyOverlay}, so a
 * scenario is checked exactly like a policy.
 */
public final class PolicyLoader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{1,6}");
  private static final String[] TOP_LEVEL = {"id", "name", "version", "regionCodePrefixes", "validFrom", "validTo",
      "seed", "amendments", "diseaseLists", "eligibility", "referral", "outOfCatalogue", "basic", "critical",
      "assistance", "supplementary", "targets"};

  private static final YAMLMapper YAML = yamlMapper();

  private PolicyLoader() {}

  /** Loads and validates one policy file. */
  public static Policy load(Path file) {
    return load(file, List.of());
  }

  /**
   * Loads a policy with extra overlays: dated ones start periods like the file's own amendments; undated ones
   * (scenarios) change every period and are named in the policy version ("2018.1+scenario.yaml").
   */
  public static Policy load(Path file, List<PolicyOverlay> overlays) {
    return fromTree(file.toString(), file.getFileName().toString(), readYaml(file), overlays);
  }

  /** Parses a YAML file into a tree, failing with the file and line on a syntax error. */
  public static JsonNode readYaml(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new PolicyConfigException(name, "", "file not found", "check the path; policies live in conf/policies/*.yaml");
    }
    try {
      JsonNode root = YAML.readTree(file.toFile());
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new PolicyConfigException(name, "", "the file is empty", "write the policy (see conf/policies/README.md)");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new PolicyConfigException(name, "", "not valid YAML" + where + ": " + e.getOriginalMessage().strip(),
          "fix the YAML syntax there (indent with spaces, 'key: value', quote text containing ':' or '#')");
    } catch (IOException e) {
      throw new PolicyConfigException(name, "", "cannot be read: " + e.getMessage(), "check the file's permissions");
    }
  }

  static Policy fromTree(String file, String fileName, JsonNode tree, List<PolicyOverlay> extra) {
    ConfigNode bare = new ConfigNode(file, "", tree, new ConfigNode.Scope(null, null), null);
    bare.requireMapping().allowKeys(TOP_LEVEL);
    if (tree.has(ConfigNode.SOURCE)) {
      throw bare.fail(ConfigNode.SOURCE, "a file-wide source is not allowed: it would give unsourced values a source",
          "put 'source:' on each block (eligibility, basic.inpatient, ...); use 'seed:' for the default seed file");
    }
    String seed = bare.has("seed") ? bare.required("seed").text() : null;
    ConfigNode root = new ConfigNode(file, "", tree, new ConfigNode.Scope(null, seed), null);

    String id = root.required("id").text();
    if (!ID.matcher(id).matches()) {
      throw root.fail("id", "id '" + id + "' has characters other than a-z, 0-9 and '-'", "write an id like xiaogan or alxa-left-banner");
    }
    String name = root.required("name").text();
    ConfigNode versionNode = root.required("version");
    if (!versionNode.node().isTextual()) {
      throw versionNode.fail("version " + ConfigNode.show(versionNode.node()) + " is not text",
          "quote the version, e.g. version: \"2018.1\" (YAML would turn 2018.10 into 2018.1)");
    }
    String version = versionNode.text();
    List<String> prefixes = regionPrefixes(root.required("regionCodePrefixes"));
    LocalDate validFrom = root.required("validFrom").date();
    LocalDate validTo = root.has("validTo") ? root.required("validTo").date() : null;
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw root.fail("validTo", "validTo " + validTo + " is before validFrom " + validFrom,
          "make validTo on or after validFrom, or remove it (a policy stays in force until a later one starts)");
    }

    List<PolicyOverlay> dated = new ArrayList<>();
    if (root.has("amendments")) {
      dated.addAll(amendments(root.required("amendments"), root));
    }
    List<PolicyOverlay> undated = new ArrayList<>();
    for (PolicyOverlay o : extra) {
      (o.from() == null ? undated : dated).add(o);
    }
    dated.sort(Comparator.comparing(PolicyOverlay::from));
    checkDates(root, dated, validFrom, validTo);

    ObjectNode terms = JsonNodeFactory.instance.objectNode();
    for (String section : TermsReader.SECTIONS) {
      if (tree.has(section)) {
        terms.set(section, tree.get(section));
      }
    }
    List<Period> periods = new ArrayList<>();
    String undatedNote = undated.isEmpty() ? "" : "after " + origins(undated);
    periods.add(new Period(validFrom, readPeriod(file, seed, withAll(root, terms, undated),
        undatedNote.isEmpty() ? null : undatedNote)));
    ObjectNode current = terms;
    for (int i = 0; i < dated.size(); i++) {
      PolicyOverlay a = dated.get(i);
      current = applyOne(root, current, a);
      String context = "in the terms from " + a.from() + ", after " + a.origin()
          + (undatedNote.isEmpty() ? "" : " and " + origins(undated));
      periods.add(new Period(a.from(), readPeriod(file, seed, withAll(root, current, undated), context)));
    }
    String fullVersion = undated.isEmpty() ? version : version + "+" + String.join("+", originList(undated));
    return new Policy(id, name, fileName, fullVersion, prefixes, validFrom, validTo, periods);
  }

  private static ObjectNode withAll(ConfigNode root, ObjectNode terms, List<PolicyOverlay> undated) {
    ObjectNode out = terms;
    for (PolicyOverlay o : undated) {
      out = applyOne(root, out, o);
    }
    return out;
  }

  private static ObjectNode applyOne(ConfigNode root, ObjectNode terms, PolicyOverlay o) {
    JsonNode source = o.source() == null ? null : toNode(root.resolveSource(o.source(), o.origin() + ".source"));
    Map<String, JsonNode> set = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : o.set().entrySet()) {
      String section = e.getKey().split("\\.", 2)[0];
      if (!TermsReader.SECTIONS.contains(section)) {
        throw new PolicyConfigException(root.file(), o.origin() + ".set." + e.getKey(),
            "'" + section + "' cannot be changed by an amendment or scenario",
            "change only the terms (" + String.join(", ", TermsReader.SECTIONS) + "); "
                + Suggest.hint(section, TermsReader.SECTIONS));
      }
      set.put(e.getKey(), PolicyOverlay.withSource(e.getValue(), source));
    }
    try {
      return PolicyOverlay.apply(terms, set);
    } catch (PolicyOverlay.PathException e) {
      throw new PolicyConfigException(root.file(), o.origin() + ".set." + e.path(),
          "path " + e.path() + " does not exist in the policy: " + e.problem(), e.fix());
    }
  }

  private static io.safetynet.policy.PolicyTerms readPeriod(String file, String seed, ObjectNode tree, String context) {
    return TermsReader.read(new ConfigNode(file, "", tree, new ConfigNode.Scope(null, seed), context));
  }

  private static List<PolicyOverlay> amendments(ConfigNode list, ConfigNode root) {
    List<PolicyOverlay> out = new ArrayList<>();
    LocalDate previous = null;
    for (ConfigNode a : list.elements()) {
      a.allowKeys("from", "set");
      LocalDate from = a.required("from").date();
      if (previous != null && !from.isAfter(previous)) {
        throw a.fail(a.childPath("from"), "amendment date " + from + " is not after the previous amendment's " + previous,
            "list amendments in date order, one per date");
      }
      previous = from;
      if (!a.node().has(ConfigNode.SOURCE)) {
        throw a.fail(a.childPath("source"), "the amendment has no source",
            "add 'source: {clause: \"...\"}' naming the text that changed the terms, or 'source: {assumption: \"why\"}'");
      }
      root.resolveSource(a.node().get(ConfigNode.SOURCE), a.childPath("source"));
      ConfigNode set = a.required("set").requireMapping();
      Map<String, JsonNode> changes = new LinkedHashMap<>();
      for (String path : set.keys()) {
        changes.put(path, set.node().get(path));
      }
      if (changes.isEmpty()) {
        throw set.fail("the amendment changes nothing", "add 'dotted.path: value' lines under set");
      }
      out.add(new PolicyOverlay(a.path(), from, a.node().get(ConfigNode.SOURCE), changes));
    }
    return out;
  }

  private static void checkDates(ConfigNode root, List<PolicyOverlay> dated, LocalDate validFrom, LocalDate validTo) {
    LocalDate previous = null;
    for (PolicyOverlay o : dated) {
      if (!o.from().isAfter(validFrom)) {
        throw root.fail(o.origin() + ".from", "amendment date " + o.from() + " is not after validFrom " + validFrom,
            "date the amendment after validFrom, or change the base values instead");
      }
      if (validTo != null && o.from().isAfter(validTo)) {
        throw root.fail(o.origin() + ".from", "amendment date " + o.from() + " is after validTo " + validTo,
            "date the amendment within validFrom..validTo, or extend validTo");
      }
      if (previous != null && previous.equals(o.from())) {
        throw root.fail(o.origin() + ".from", "two amendments start on " + o.from(),
            "merge them into one amendment");
      }
      previous = o.from();
    }
  }

  private static List<String> regionPrefixes(ConfigNode list) {
    List<String> out = new ArrayList<>();
    for (ConfigNode e : list.elements()) {
      String p = e.node().isIntegralNumber() ? e.node().asText() : e.text();
      if (!REGION_PREFIX.matcher(p).matches()) {
        throw e.fail("region code prefix '" + p + "' is not 1 to 6 digits",
            "write the leading digits of the 6-digit county codes (行政区划代码), e.g. \"4209\" for Xiaogan");
      }
      out.add(p);
    }
    if (out.isEmpty()) {
      throw list.fail("no region code prefix", "list at least one, e.g. regionCodePrefixes: [\"4209\"]");
    }
    return out;
  }

  static JsonNode toNode(Source s) {
    if (s.assumption() && s.clause().isEmpty()) {
      return JsonNodeFactory.instance.textNode("assumption");
    }
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    if (s.assumption()) {
      n.put("assumption", s.clause());
    } else {
      n.put("seed", s.seedFile());
      n.put("clause", s.clause());
    }
    return n;
  }

  private static String origins(List<PolicyOverlay> overlays) {
    return String.join(", ", originList(overlays));
  }

  private static List<String> originList(List<PolicyOverlay> overlays) {
    List<String> out = new ArrayList<>();
    for (PolicyOverlay o : overlays) {
      out.add(o.origin());
    }
    return out;
  }

  private static YAMLMapper yamlMapper() {
    YAMLMapper m = new YAMLMapper();
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    return m;
  }
}
