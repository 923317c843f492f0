package io.safetynet.ingest;

import java.io.Serializable;
import java.util.Set;

/**
 * One column of an input dataset as the data contract defines it.
 *
 * @param required the column must be present in every file and non-empty in every row
 * @param allowed the closed set of values, or empty for any value
 * @param multiValued several allowed values may be joined with {@code |} (enrolment category)
 * @param pii personal data: stored only as {@code <name>_hash} (HMAC-SHA256), never raw
 * @param nonNegative a money column that must be {@code >= 0}
 */
public record ColumnSpec(
    String name, ColumnType type, boolean required, Set<String> allowed, boolean multiValued, boolean pii,
    boolean nonNegative)
    implements Serializable {

  public ColumnSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("column name is required");
    }
    allowed = Set.copyOf(allowed);
    if (pii && type != ColumnType.STRING) {
      throw new IllegalArgumentException("PII column " + name + " must be a string");
    }
  }

  /** The column's name in the cleaned table: PII columns become {@code <name>_hash}. */
  public String storedName() {
    return pii ? name + "_hash" : name;
  }

  /**
   * Whether the column's valid values are never personal (typed, enum and code columns), so an invalid value may
   * be shown in a reason when it does not look personal itself. Free-text and ID columns are not: a value that
   * fails there is masked.
   */
  public boolean knownSafe() {
    return !pii && (type != ColumnType.STRING || !allowed.isEmpty() || name.endsWith("region_code"));
  }

  static ColumnSpec required(String name, ColumnType type) {
    return new ColumnSpec(name, type, true, Set.of(), false, false, type == ColumnType.DECIMAL);
  }

  static ColumnSpec optional(String name, ColumnType type) {
    return new ColumnSpec(name, type, false, Set.of(), false, false, type == ColumnType.DECIMAL);
  }

  static ColumnSpec piiOptional(String name) {
    return new ColumnSpec(name, ColumnType.STRING, false, Set.of(), false, true, false);
  }

  ColumnSpec oneOf(Set<String> values) {
    return new ColumnSpec(name, type, required, values, multiValued, pii, nonNegative);
  }

  ColumnSpec joinedBy(Set<String> values) {
    return new ColumnSpec(name, type, required, values, true, pii, nonNegative);
  }

  ColumnSpec mayBeNegative() {
    return new ColumnSpec(name, type, required, allowed, multiValued, pii, false);
  }
}
