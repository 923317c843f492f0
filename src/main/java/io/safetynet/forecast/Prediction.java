package io.safetynet.forecast;

/** A forecast for one year: point value and a two-sided prediction interval at {@code level} (e.g. 0.95). */
public record Prediction(int year, double point, double lower, double upper, double level) {
  public Prediction {
    if (!(lower <= point && point <= upper)) {
      throw new IllegalArgumentException(
          "prediction for " + year + ": need lower <= point <= upper, got " + lower + ", " + point + ", " + upper);
    }
  }

  public boolean covers(double actual) {
    return lower <= actual && actual <= upper;
  }
}
