package io.safetynet.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.safetynet.policy.Param;
import io.safetynet.policy.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A position in a policy YAML tree: the node, its dotted field path, and the {@link Source} in scope there. A
 * mapping's {@code source} key sets the source for every plain number below it; a mapping with a {@code value}
 * key is one value with an optional source of its own. Every failure names file, field, value and fix.
 */
final class ConfigNode {
  static final String SOURCE = "source";
  static final String VALUE = "value";

  /** The source and the default seed file in force at a position. */
  record Scope(Source source, String seed) {}

  /** What a number means, and so which values are allowed. */
  enum Kind {
    RATIO, MONEY
  }

  private final String file;
  private final String path;
  private final JsonNode node;
  private final Scope scope;
  private final String context;

  ConfigNode(String file, String path, JsonNode node, Scope scope, String context) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.scope = scope;
    this.context = context;
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  String file() {
    return file;
  }

  boolean has(String key) {
    JsonNode c = node.get(key);
    return c != null && !c.isNull();
  }

  /** A child that must be there. */
  ConfigNode required(String key) {
    ConfigNode c = optional(key);
    if (c == null) {
      throw fail(childPath(key), "required value is missing",
          "add '" + key + ":' under " + (path.isEmpty() ? "the top level" : path) + " (see conf/policies/README.md)");
    }
    return c;
  }

  /** A child, or null when absent; a child mapping's own {@code source} becomes its scope. */
  ConfigNode optional(String key) {
    JsonNode c = node.get(key);
    if (c == null || c.isNull()) {
      return null;
    }
    return enter(childPath(key), c);
  }

  /** The elements of a list. */
  List<ConfigNode> elements() {
    if (!node.isArray()) {
      throw fail(path, "expected a list but found " + show(node), "write the items as a YAML list ([a, b] or '- a' lines)");
    }
    List<ConfigNode> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(enter(childPath(String.valueOf(i)), node.get(i)));
    }
    return out;
  }

  /** The keys of a mapping other than {@code source}, in file order. */
  List<String> keys() {
    requireMapping();
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals(SOURCE)) {
        out.add(k);
      }
    }
    return out;
  }

  /** Fails on any key not listed (source is always allowed), suggesting the closest known key. */
  ConfigNode allowKeys(String... known) {
    requireMapping();
    Set<String> allowed = new LinkedHashSet<>(Arrays.asList(known));
    for (String k : keys()) {
      if (!allowed.contains(k)) {
        throw fail(childPath(k), "unknown key '" + k + "'", Suggest.hint(k, allowed));
      }
    }
    return this;
  }

  ConfigNode requireMapping() {
    if (!node.isObject()) {
      throw fail(path, "expected a mapping (key: value lines) but found " + show(node),
          "write '" + lastKey() + ":' followed by indented 'key: value' lines");
    }
    return this;
  }

  /** This node as a parameter: a plain number in the scope's source, or {value: n, source: ...}. */
  Param param(Kind kind) {
    JsonNode v = node;
    Source src = scope.source();
    if (node.isObject()) {
      if (!node.has(VALUE)) {
        throw fail(path, "expected a number but found a mapping " + show(node),
            "write a number, or {value: <number>, source: ...}");
      }
      allowKeys(VALUE);
      v = node.get(VALUE);
      if (node.has(SOURCE)) {
        src = resolveSource(node.get(SOURCE), childPath(SOURCE));
      }
    }
    if (!v.isNumber()) {
      throw fail(path, "value " + show(v) + " is not a number",
          kind == Kind.RATIO ? "write a fraction such as 0.80 (for 80%), unquoted" : "write a plain number of yuan, unquoted");
    }
    BigDecimal d = v.decimalValue();
    check(kind, d);
    if (src == null) {
      throw fail(path, "value " + d.toPlainString() + " has no source",
          "add 'source: {clause: \"...\"}' to this value or an enclosing block (the seed file comes from 'seed:'),"
              + " or 'source: {assumption: \"why\"}' if no document backs it");
    }
    return new Param(d, src);
  }

  private void check(Kind kind, BigDecimal d) {
    if (kind == Kind.RATIO) {
      if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
        throw fail(path, "ratio " + d.toPlainString() + " is outside 0..1",
            "write ratios as fractions: 80% is 0.80, 10 points is 0.10");
      }
    } else if (d.signum() < 0) {
      throw fail(path, "amount " + d.toPlainString() + " is negative", "write an amount of yuan >= 0");
    } else if (d.stripTrailingZeros().scale() > 2) {
      throw fail(path, "amount " + d.toPlainString() + " has more than 2 decimals", "round it to fen (0.01 yuan)");
    }
  }

  /** A plain money amount that carries no source of its own (segment bounds). */
  BigDecimal money() {
    return param(Kind.MONEY).value();
  }

  String text() {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw fail(path, "expected text but found " + show(node), "write a non-empty text value");
    }
    return node.asText();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw fail(path, "expected true or false but found " + show(node), "write true or false (unquoted)");
    }
    return node.booleanValue();
  }

  int integer() {
    if (!node.canConvertToExactIntegral() || node.asInt() < 0) {
      throw fail(path, "expected a whole number >= 0 but found " + show(node), "write a whole number such as 5");
    }
    return node.asInt();
  }

  LocalDate date() {
    String t = node.isTextual() ? node.asText() : node.toString();
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw fail(path, "'" + t + "' is not a date", "write an ISO date YYYY-MM-DD, e.g. 2019-01-01");
    }
  }

  /** The source in scope here; fails when none applies. */
  Source source() {
    if (scope.source() == null) {
      throw fail(path, "no source applies to this block",
          "add 'source: {clause: \"...\"}' here or in an enclosing block, or 'source: {assumption: \"why\"}'");
    }
    return scope.source();
  }

  Scope scope() {
    return scope;
  }

  /** A source node as written: 'assumption', {assumption: why}, or {seed: file, clause: text}. */
  Source resolveSource(JsonNode s, String where) {
    String fix = "write 'source: {clause: \"一、(二)\"}' (seed from 'seed:'), 'source: {seed: <file>, clause: ...}',"
        + " 'source: assumption' or 'source: {assumption: \"why\"}'";
    if (s.isTextual()) {
      if (s.asText().equals("assumption")) {
        return Source.assumption("");
      }
      throw fail(where, "source " + show(s) + " is neither 'assumption' nor a clause", fix);
    }
    if (!s.isObject()) {
      throw fail(where, "source " + show(s) + " is not understood", fix);
    }
    ConfigNode src = new ConfigNode(file, where, s, scope, context);
    src.allowKeys("seed", "clause", "assumption");
    if (s.has("assumption")) {
      if (s.has("seed") || s.has("clause")) {
        throw fail(where, "a source is either a seed clause or an assumption, not both", fix);
      }
      return Source.assumption(src.required("assumption").text());
    }
    String clause = src.required("clause").text();
    String seed = src.has("seed") ? src.required("seed").text() : scope.seed();
    if (seed == null) {
      throw fail(where, "clause '" + clause + "' names no seed file",
          "add 'seed: <file>' to this source or at the top of the file");
    }
    return Source.seed(seed, clause);
  }

  private ConfigNode enter(String childPath, JsonNode c) {
    Scope s = scope;
    if (c.isObject() && !c.has(VALUE) && c.has(SOURCE)) {
      Source src = resolveSource(c.get(SOURCE), childPath + "." + SOURCE);
      s = new Scope(src, src.assumption() ? scope.seed() : src.seedFile());
    }
    return new ConfigNode(file, childPath, c, s, context);
  }

  String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String lastKey() {
    int i = path.lastIndexOf('.');
    return i < 0 ? path : path.substring(i + 1);
  }

  PolicyConfigException fail(String problem, String fix) {
    return fail(path, problem, fix);
  }

  PolicyConfigException fail(String field, String problem, String fix) {
    return new PolicyConfigException(file, field, context == null ? problem : problem + " (" + context + ")", fix);
  }

  static String show(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    String s = n.isTextual() ? "'" + n.asText() + "'" : n.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
