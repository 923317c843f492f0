package io.safetynet.ingest;

import java.io.Serializable;
import java.util.Map;

/** A check across several fields of one parsed row; runs only when every field parsed on its own. */
@FunctionalInterface
public interface RowRule extends Serializable {
  /**
   * @param row typed values by contract column name (null for an empty optional field)
   * @return the problem, or null when the row passes
   */
  Problem check(Map<String, Object> row);
}
