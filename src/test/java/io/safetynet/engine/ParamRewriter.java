package io.safetynet.engine;

import io.safetynet.policy.Param;
import io.safetynet.policy.Period;
import io.safetynet.policy.Policy;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Rewrites the {@link Param}s of a policy by their dotted path (e.g. {@code basic.inpatient.ratio.POOR.LEVEL2},
 * {@code critical.segments.1.ratio}), walking the immutable records reflectively, so property tests can nudge
 * any parameter without knowing the record tree.
 */
final class ParamRewriter {
  private ParamRewriter() {}

  /** Every Param path in the policy's first period. */
  static List<String> paths(Policy policy) {
    List<String> out = new ArrayList<>();
    walk(policy.periods().get(0).terms(), "", (path, p) -> {
      out.add(path);
      return p;
    });
    return out;
  }

  static Policy rewrite(Policy policy, BiFunction<String, Param, Param> f) {
    List<Period> periods = new ArrayList<>();
    for (Period p : policy.periods()) {
      periods.add(new Period(p.from(), (io.safetynet.policy.PolicyTerms) walk(p.terms(), "", f)));
    }
    return new Policy(policy.id(), policy.name(), policy.file(), policy.version(), policy.regionCodePrefixes(),
        policy.validFrom(), policy.validTo(), periods);
  }

  @SuppressWarnings("unchecked")
  private static Object walk(Object o, String path, BiFunction<String, Param, Param> f) {
    if (o == null) {
      return null;
    }
    if (o instanceof Param p) {
      return f.apply(path, p);
    }
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, walk(v, join(path, k.toString()), f)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(walk(l.get(i), join(path, Integer.toString(i)), f));
      }
      return out;
    }
    if (o.getClass().isRecord() && o.getClass().getPackageName().equals("io.safetynet.policy")) {
      try {
        RecordComponent[] rc = o.getClass().getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
          types[i] = rc[i].getType();
          args[i] = walk(rc[i].getAccessor().invoke(o), join(path, rc[i].getName()), f);
        }
        Constructor<?> c = o.getClass().getDeclaredConstructor(types);
        return c.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return o;
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + "." + b;
  }
}
