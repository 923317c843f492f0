package io.safetynet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes to a policy's terms as dotted paths to new values, e.g. {@code assistance.ratio.POOR: 0.70} (list items
 * by index: {@code critical.segments.0.ratio}). A policy file's {@code amendments} are overlays with a date (they
 * start a new period); a planner's scenario is an overlay without one (it changes every period). The overlay's
 * {@code source} is attached to every number it sets unless the value brings its own.
 *
 * @param origin where the overlay comes from, for messages and the policy version (e.g. "amendment 1",
 *     "conf/scenarios/raise-ratio.yaml")
 * @param from the date the change takes effect, or null for the whole policy
 * @param source a source as written in YAML ({clause: ...}, {seed: ..., clause: ...} or {assumption: why})
 * @param set dotted path -> new value (a number, a {value, source} mapping, a block or a list)
 */
public record PolicyOverlay(String origin, LocalDate from, JsonNode source, Map<String, JsonNode> set) {
  public PolicyOverlay {
    Objects.requireNonNull(origin, "origin");
    set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
  }

  private static final List<String> SPECIAL_CATEGORIES = List.of("POOR", "DIBAO", "TEKUN");

  /** A dotted path that leads nowhere in the tree. */
  public static final class PathException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String fix;

    PathException(String path, String problem, String fix) {
      super(path + ": " + problem + ". Fix: " + fix);
      this.path = path;
      this.fix = fix;
    }

    public String path() {
      return path;
    }

    public String problem() {
      String m = getMessage();
      return m.substring(path.length() + 2, m.lastIndexOf(". Fix: "));
    }

    public String fix() {
      return fix;
    }
  }

  /**
   * A copy of {@code base} with each path set to its value; {@code base} is never changed. Every step of a path
   * but the last must exist; the last may add a new key to an existing mapping (the schema check that follows
   * rejects keys that do not belong there). A path may not reach inside a {value, source} pair. A path through a
   * category that the file covers with SPECIAL or ALL gives that category its own copy of the group's block.
   */
  public static ObjectNode apply(ObjectNode base, Map<String, JsonNode> set) {
    ObjectNode out = base.deepCopy();
    for (Map.Entry<String, JsonNode> e : set.entrySet()) {
      setPath(out, e.getKey(), e.getValue());
    }
    return out;
  }

  /** {@code value} with {@code source} attached to every number and block that has no source of its own. */
  public static JsonNode withSource(JsonNode value, JsonNode source) {
    if (source == null) {
      return value.deepCopy();
    }
    if (value.isNumber()) {
      ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
      wrapped.set(ConfigNode.VALUE, value);
      wrapped.set(ConfigNode.SOURCE, source.deepCopy());
      return wrapped;
    }
    if (value.isObject()) {
      ObjectNode copy = ((ObjectNode) value).deepCopy();
      if (!copy.has(ConfigNode.SOURCE)) {
        copy.set(ConfigNode.SOURCE, source.deepCopy());
      }
      return copy;
    }
    if (value.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : value) {
        copy.add(withSource(item, source));
      }
      return copy;
    }
    return value.deepCopy();
  }

  private static void setPath(ObjectNode root, String path, JsonNode value) {
    String[] parts = path.split("\\.", -1);
    for (String p : parts) {
      if (p.isEmpty()) {
        throw new PathException(path, "the path has an empty step", "write the path as key.key.key, e.g. basic.annualCap");
      }
    }
    JsonNode cur = root;
    for (int i = 0; i < parts.length; i++) {
      String walked = String.join(".", java.util.Arrays.copyOfRange(parts, 0, i));
      if (cur.isObject() && cur.has(ConfigNode.VALUE) && i > 0) {
        throw new PathException(path, walked + " is a single value; a path cannot reach inside it",
            "set " + walked + " itself");
      }
      boolean last = i == parts.length - 1;
      if (cur.isObject()) {
        JsonNode next = cur.get(parts[i]);
        if (next == null && !last) {
          next = splitGroup((ObjectNode) cur, parts[i]);
        }
        if (last) {
          ((ObjectNode) cur).set(parts[i], value.deepCopy());
          return;
        }
        if (next == null || !next.isContainerNode()) {
          throw new PathException(path, "there is no block '" + parts[i] + "'" + (walked.isEmpty() ? "" : " under " + walked),
              "check the spelling against the policy file: " + Suggest.hint(parts[i], keys(cur)));
        }
        cur = next;
      } else if (cur.isArray()) {
        int index = index(parts[i]);
        if (index < 0 || index >= cur.size()) {
          throw new PathException(path, walked + " is a list of " + cur.size() + " items and has no item " + parts[i],
              "use an index from 0 to " + (cur.size() - 1) + ", or replace the whole list at " + walked);
        }
        if (last) {
          ((ArrayNode) cur).set(index, value.deepCopy());
          return;
        }
        cur = cur.get(index);
      } else {
        throw new PathException(path, walked + " is a single value; a path cannot reach inside it",
            "set " + walked + " itself");
      }
    }
  }

  /**
   * A path through one category of a block written for a group (SPECIAL or ALL), e.g.
   * {@code basic.inpatient.ratio.POOR.LEVEL2} where the file has {@code SPECIAL: {...}}: the category gets its own
   * copy of the group's block (sources included), so only the changed value differs. Null when no group applies.
   */
  private static JsonNode splitGroup(ObjectNode parent, String category) {
    boolean special = SPECIAL_CATEGORIES.contains(category);
    JsonNode group = special && parent.has(EnumKeys.SPECIAL) ? parent.get(EnumKeys.SPECIAL)
        : (special || "ORDINARY".equals(category)) ? parent.get(EnumKeys.ALL) : null;
    if (group == null || !group.isObject() || group.has(ConfigNode.VALUE)) {
      return null;
    }
    JsonNode copy = group.deepCopy();
    parent.set(category, copy);
    return copy;
  }

  private static int index(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals(ConfigNode.SOURCE)) {
        out.add(k);
      }
    }
    return out;
  }
}
