package io.safetynet.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.safetynet.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads planners' scenario files (format: conf/scenarios/README.md) and applies each to its region's policy through
 * {@link PolicyLoader#load(Path, List)}, so a scenario is validated exactly like a policy; the baseline files and
 * the baseline registry are never changed. Every error names the scenario file, the field and the fix.
 */
public final class ScenarioLoader {
  private static final List<String> KEYS = List.of("name", "policy", "description", "source", "set");
  /** The label of the unchanged policies in reports. */
  public static final String BASELINE = "baseline";

  private ScenarioLoader() {}

  /**
   * Loads scenarios against the baseline policies found at {@code policies} (a directory of region files, or one
   * file) and already loaded into {@code baseline}.
   */
  public static List<Scenario> loadAll(List<Path> files, Path policies, PolicyRegistry baseline) {
    List<Scenario> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      Scenario s = load(f, policies, baseline);
      if (!names.add(s.name())) {
        throw new PolicyConfigException(f.toString(), "name", "another scenario of this run is also named '"
            + s.name() + "'", "give each scenario its own name (reports label columns by name)");
      }
      out.add(s);
    }
    return out;
  }

  public static Scenario load(Path file, Path policies, PolicyRegistry baseline) {
    String where = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new PolicyConfigException(where, "", "scenario file not found",
          "check the path; shipped scenarios live in conf/scenarios/*.yaml");
    }
    JsonNode root = PolicyLoader.readYaml(file);
    if (!root.isObject()) {
      throw new PolicyConfigException(where, "", "a scenario is a mapping (name, policy, source, set)",
          "see conf/scenarios/README.md for the format");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new PolicyConfigException(where, key, "'" + key + "' is not a scenario field",
            "use only " + String.join(", ", KEYS) + "; " + Suggest.hint(key, KEYS));
      }
    }
    String name = text(where, root, "name", "name the scenario, e.g. name: critical deductible 3000");
    if (name.equalsIgnoreCase(BASELINE)) {
      throw new PolicyConfigException(where, "name", "'" + BASELINE + "' is the name of the unchanged policies",
          "choose another name");
    }
    String policyId = text(where, root, "policy", "write the id of the policy it changes, e.g. policy: xiaogan");
    if (!root.hasNonNull("source")) {
      throw new PolicyConfigException(where, "source", "the scenario has no source",
          "add 'source: {assumption: \"planner's proposal\"}' or 'source: {clause: ..., seed: ...}'; every number"
              + " it sets is shown with this source");
    }
    JsonNode set = root.get("set");
    if (set == null || !set.isObject() || set.isEmpty()) {
      throw new PolicyConfigException(where, "set", "the scenario changes nothing",
          "add 'dotted.path: value' lines under set, e.g. critical.deductible.POOR: 3000");
    }
    Map<String, JsonNode> changes = new LinkedHashMap<>();
    set.fields().forEachRemaining(e -> changes.put(e.getKey(), e.getValue()));
    PolicyOverlay overlay = new PolicyOverlay(file.getFileName().toString(), null, root.get("source"), changes);

    Policy base = baseline.all().stream().filter(p -> p.id().equals(policyId)).findFirst().orElseThrow(() ->
        new PolicyConfigException(where, "policy", "no baseline policy has id '" + policyId + "'",
            Suggest.hint(policyId, ids(baseline))));
    Path policyFile = Files.isDirectory(policies) ? policies.resolve(base.file()) : policies;
    Policy changed;
    try {
      changed = PolicyLoader.load(policyFile, List.of(overlay));
    } catch (PolicyConfigException e) {
      // the loader names the policy file and "<origin>.set.<path>"; say it in the scenario's terms
      String field = e.field() == null ? "" : e.field();
      String prefix = e.file() + ": " + (field.isEmpty() ? "" : field + ": ");
      String message = e.getMessage();
      String problem = message.substring(message.startsWith(prefix) ? prefix.length() : 0,
          message.lastIndexOf(". Fix: "));
      String scenarioField = field.startsWith(overlay.origin() + ".") ? field.substring(overlay.origin().length() + 1)
          : field.isEmpty() ? "set" : "set." + field;
      throw new PolicyConfigException(where, scenarioField, problem + " (applied to " + policyFile + ")", e.fix());
    }
    return new Scenario(name, where, policyId, changed, Scenario.replace(baseline, changed));
  }

  private static String text(String where, JsonNode root, String field, String fix) {
    JsonNode v = root.get(field);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw new PolicyConfigException(where, field, "'" + field + "' is missing or not text", fix);
    }
    return v.asText().strip();
  }

  private static List<String> ids(PolicyRegistry registry) {
    List<String> out = new ArrayList<>();
    registry.all().forEach(p -> out.add(p.id()));
    return out;
  }
}
