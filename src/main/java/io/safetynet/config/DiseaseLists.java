package io.safetynet.config;

import io.safetynet.policy.Disease;
import io.safetynet.policy.DiseaseList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The named disease lists of a policy ({@code diseaseLists:}), referenced elsewhere by key, e.g.
 * {@code diseases: major-8}. A list can also be written inline where it is used.
 */
final class DiseaseLists {
  /** An ICD-10 prefix: a chapter letter, optionally a category (C16) and a subcategory (N18.5, C91.0). */
  private static final Pattern ICD_PREFIX = Pattern.compile("[A-Z]([0-9]{1,2}(\\.[0-9A-Z]{1,2})?)?");

  private final Map<String, DiseaseList> byKey;

  private DiseaseLists(Map<String, DiseaseList> byKey) {
    this.byKey = byKey;
  }

  static DiseaseLists read(ConfigNode lists) {
    Map<String, DiseaseList> out = new LinkedHashMap<>();
    if (lists != null) {
      for (String key : lists.keys()) {
        out.put(key, readList(lists.required(key), key));
      }
    }
    return new DiseaseLists(Collections.unmodifiableMap(out));
  }

  /** A list reference (a key of diseaseLists) or an inline list; null when the key is absent. */
  DiseaseList optional(ConfigNode parent, String key) {
    ConfigNode n = parent.optional(key);
    if (n == null) {
      return null;
    }
    if (n.node().isTextual()) {
      DiseaseList list = byKey.get(n.text());
      if (list == null) {
        throw n.fail("no disease list named '" + n.text() + "'",
            byKey.isEmpty() ? "define it under 'diseaseLists:'"
                : "define it under 'diseaseLists:' or " + Suggest.hint(n.text(), byKey.keySet()));
      }
      return list;
    }
    return readList(n, n.path());
  }

  DiseaseList required(ConfigNode parent, String key) {
    parent.required(key);
    return optional(parent, key);
  }

  private static DiseaseList readList(ConfigNode n, String defaultName) {
    n.allowKeys("name", "diseases");
    String name = n.has("name") ? n.required("name").text() : defaultName;
    List<Disease> diseases = new ArrayList<>();
    for (ConfigNode d : n.required("diseases").elements()) {
      diseases.add(readDisease(d));
    }
    if (diseases.isEmpty()) {
      throw n.fail(n.childPath("diseases"), "the disease list is empty", "list at least one disease");
    }
    return new DiseaseList(name, diseases, n.source());
  }

  private static Disease readDisease(ConfigNode d) {
    d.allowKeys("name", "icd", "underAge", "note");
    String name = d.required("name").text();
    List<String> prefixes = new ArrayList<>();
    for (ConfigNode p : d.required("icd").elements()) {
      String code = p.node().isTextual() ? p.node().asText() : p.node().toString();
      if (!ICD_PREFIX.matcher(code).matches()) {
        throw p.fail("'" + code + "' is not an ICD-10 code prefix",
            "write an upper-case ICD-10 prefix such as C16, N18.5 or C91.0 (quote it if YAML would read a number)");
      }
      prefixes.add(code);
    }
    if (prefixes.isEmpty()) {
      throw d.fail(d.childPath("icd"), "no ICD-10 prefix for disease '" + name + "'", "list at least one prefix");
    }
    Integer underAge = null;
    if (d.has("underAge")) {
      underAge = d.required("underAge").integer();
      if (underAge < 1) {
        throw d.fail(d.childPath("underAge"), "underAge " + underAge + " matches nobody", "write an age >= 1, e.g. 18");
      }
    }
    if (d.has("note")) {
      d.required("note").text();
    }
    return new Disease(name, prefixes, underAge);
  }
}
