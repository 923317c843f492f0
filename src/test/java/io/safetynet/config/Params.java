package io.safetynet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.safetynet.policy.Param;
import io.safetynet.policy.Source;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Test helpers: compare parameter values exactly, and collect every Param and Source of a policy. */
final class Params {
  private Params() {}

  static void assertValue(String expected, Param actual) {
    assertNotNull(actual, "parameter missing; expected " + expected);
    assertEquals(0, new BigDecimal(expected).compareTo(actual.value()),
        "expected " + expected + " but was " + actual);
  }

  /** Every Param and Source reachable from a record graph (records, maps, collections). */
  static void collect(Object o, List<Param> params, List<Source> sources) {
    if (o == null) {
      return;
    }
    if (o instanceof Param) {
      params.add((Param) o);
      sources.add(((Param) o).source());
    } else if (o instanceof Source) {
      sources.add((Source) o);
    } else if (o instanceof Map) {
      for (Object v : ((Map<?, ?>) o).values()) {
        collect(v, params, sources);
      }
    } else if (o instanceof Collection) {
      for (Object v : (Collection<?>) o) {
        collect(v, params, sources);
      }
    } else if (o.getClass().isRecord()) {
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        try {
          collect(c.getAccessor().invoke(o), params, sources);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
