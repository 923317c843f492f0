package io.safetynet.dashboard;

/**
 * Small-cell suppression for published outputs: a cell describing 1 to {@value #MIN_PERSONS}-1 persons shows
 * {@value #MARK} instead of its value, so no one can be singled out. A cell of 0 persons describes no one.
 */
public final class Suppression {
  public static final int MIN_PERSONS = 5;
  public static final String MARK = "<5";

  private Suppression() {}

  public static boolean suppressed(long persons) {
    return persons > 0 && persons < MIN_PERSONS;
  }

  /** The formatted value, or {@value #MARK} when the cell describes too few persons. */
  public static String cell(long persons, String value) {
    return suppressed(persons) ? MARK : value;
  }
}
