package io.safetynet.forecast;

/** One yearly observation of a series. */
public record YearValue(int year, double value) {
  public YearValue {
    if (!Double.isFinite(value)) {
      throw new ForecastException("year " + year + ": value " + value + " is not a finite number");
    }
  }
}
