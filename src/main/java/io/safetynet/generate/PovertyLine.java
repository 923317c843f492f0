package io.safetynet.generate;

/**
 * China's rural poverty line: 2,300 yuan per person a year at 2010 prices, in current prices 2,952 (2017),
 * 2,995 (2018) and 3,218 (2019) as published by the National Bureau of Statistics; about 4,000 in 2020 and +3%
 * a year after that are ASSUMPTIONS.
 */
public final class PovertyLine {
  private PovertyLine() {}

  /** The line in yuan per person for a year. */
  public static double of(int year) {
    if (year <= 2017) {
      return 2952;
    }
    if (year == 2018) {
      return 2995;
    }
    if (year == 2019) {
      return 3218;
    }
    return 4000 * Math.pow(1.03, year - 2020);
  }
}
