package io.safetynet.config;

import io.safetynet.policy.Category;
import io.safetynet.policy.Param;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps and lists keyed by category, tier or visit type. Category keys may be grouped: {@code SPECIAL} means
 * POOR, DIBAO and TEKUN, {@code ALL} means every category; a named category overrides SPECIAL, which overrides ALL.
 * A cap written as {@code none} means uncapped (the category is left out of the map).
 */
final class EnumKeys {
  static final String SPECIAL = "SPECIAL";
  static final String ALL = "ALL";
  static final String NONE = "none";

  private EnumKeys() {}

  static <E extends Enum<E>> E parse(ConfigNode at, String field, String text, Class<E> type, String what) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw at.fail(field, "unknown " + what + " '" + text + "'", Suggest.hint(text, names(type)));
  }

  static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(e.name());
    }
    return out;
  }

  /** Categories a key stands for: one category, SPECIAL or ALL. */
  static Set<Category> categoriesOf(ConfigNode at, String field, String key) {
    if (key.equals(SPECIAL)) {
      return EnumSet.of(Category.POOR, Category.DIBAO, Category.TEKUN);
    }
    if (key.equals(ALL)) {
      return EnumSet.allOf(Category.class);
    }
    List<String> known = new ArrayList<>(names(Category.class));
    known.add(SPECIAL);
    known.add(ALL);
    for (Category c : Category.values()) {
      if (c.name().equals(key)) {
        return EnumSet.of(c);
      }
    }
    throw at.fail(field, "unknown category '" + key + "'", Suggest.hint(key, known));
  }

  /** A list of categories such as [SPECIAL] or [POOR, DIBAO]. */
  static Set<Category> categorySet(ConfigNode list) {
    Set<Category> out = EnumSet.noneOf(Category.class);
    for (ConfigNode e : list.elements()) {
      out.addAll(categoriesOf(e, e.path(), e.text()));
    }
    return out;
  }

  static Set<VisitType> visitTypeSet(ConfigNode list) {
    Set<VisitType> out = EnumSet.noneOf(VisitType.class);
    for (ConfigNode e : list.elements()) {
      out.add(parse(e, e.path(), e.text(), VisitType.class, "visit type"));
    }
    return out;
  }

  static List<Category> categoryList(ConfigNode list) {
    List<Category> out = new ArrayList<>();
    for (ConfigNode e : list.elements()) {
      Category c = parse(e, e.path(), e.text(), Category.class, "category");
      if (out.contains(c)) {
        throw e.fail("category " + c + " is listed twice", "list each category once");
      }
      out.add(c);
    }
    return out;
  }

  /** Category -> value; {@code requireAll} fails on a category with no value; {@code allowNone} accepts 'none'. */
  static Map<Category, Param> categoryParams(ConfigNode map, ConfigNode.Kind kind, boolean requireAll, boolean allowNone) {
    Map<Category, ConfigNode> chosen = chooseByCategory(map);
    Map<Category, Param> out = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      ConfigNode v = chosen.get(c);
      if (v == null) {
        if (requireAll) {
          throw missingCategory(map, c, allowNone);
        }
        continue;
      }
      if (allowNone && v.node().isTextual() && v.node().asText().equals(NONE)) {
        continue;
      }
      out.put(c, v.param(kind));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Category -> tier -> value, every category and every tier present. */
  static Map<Category, Map<Tier, Param>> categoryTierParams(ConfigNode map, ConfigNode.Kind kind) {
    Map<Category, ConfigNode> chosen = chooseByCategory(map);
    Map<Category, Map<Tier, Param>> out = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      ConfigNode tiers = chosen.get(c);
      if (tiers == null) {
        throw missingCategory(map, c, false);
      }
      Map<Tier, Param> byTier = tierParams(tiers, kind);
      for (Tier t : Tier.values()) {
        if (!byTier.containsKey(t)) {
          throw map.fail(tiers.path() + "." + t, "no value for category " + c + " at tier " + t,
              "add '" + t + ": <number>' under " + tiers.path() + " (every tier VILLAGE, LEVEL1, LEVEL2, LEVEL3,"
                  + " OUT_OF_AREA needs a value for every category)");
        }
      }
      out.put(c, byTier);
    }
    return out;
  }

  /** Tier -> value; a tier left out is absent from the map. */
  static Map<Tier, Param> tierParams(ConfigNode map, ConfigNode.Kind kind) {
    map.requireMapping();
    Map<Tier, Param> out = new EnumMap<>(Tier.class);
    for (String key : map.keys()) {
      Tier t = parse(map, map.childPath(key), key, Tier.class, "facility tier");
      out.put(t, map.required(key).param(kind));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Visit type -> value. */
  static Map<VisitType, Param> visitTypeParams(ConfigNode map, ConfigNode.Kind kind) {
    map.requireMapping();
    Map<VisitType, Param> out = new EnumMap<>(VisitType.class);
    for (String key : map.keys()) {
      VisitType v = parse(map, map.childPath(key), key, VisitType.class, "visit type");
      out.put(v, map.required(key).param(kind));
    }
    return Collections.unmodifiableMap(out);
  }

  /** For each category, the node that applies: a named key beats SPECIAL, which beats ALL. */
  private static Map<Category, ConfigNode> chooseByCategory(ConfigNode map) {
    map.requireMapping();
    Map<Category, ConfigNode> out = new EnumMap<>(Category.class);
    for (String group : List.of(ALL, SPECIAL)) {
      if (map.has(group)) {
        ConfigNode v = map.required(group);
        for (Category c : categoriesOf(map, v.path(), group)) {
          out.put(c, v);
        }
      }
    }
    Set<String> groups = new LinkedHashSet<>(Arrays.asList(ALL, SPECIAL));
    for (String key : map.keys()) {
      if (!groups.contains(key)) {
        Category c = categoriesOf(map, map.childPath(key), key).iterator().next();
        out.put(c, map.required(key));
      }
    }
    return out;
  }

  private static PolicyConfigException missingCategory(ConfigNode map, Category c, boolean allowNone) {
    return map.fail(map.childPath(c.name()), "no value for category " + c,
        "add '" + c + ": " + (allowNone ? "<number or none>" : "<value>") + "' under " + map.path()
            + " (or SPECIAL for POOR, DIBAO and TEKUN, or ALL)");
  }
}
