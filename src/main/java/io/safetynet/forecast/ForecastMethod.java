package io.safetynet.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * A way to forecast a yearly series: fit on a history, then predict later years with a point value and a
 * prediction interval. Implementations are deterministic (seeded where random) and fail with a
 * {@link ForecastException} when the history is too short for an honest interval.
 */
public interface ForecastMethod {
  /** Short name stored in tables and reports ({@code trend}, {@code bootstrap}, {@code log-linear}). */
  String name();

  /** Fits the method on a history; throws {@link ForecastException} when it cannot. */
  Fitted fit(YearSeries history);

  /** A fitted model. */
  interface Fitted {
    /** Forecast for {@code year} with an interval at {@code level} (0 &lt; level &lt; 1). */
    Prediction predict(int year, double level);
  }

  /** Forecasts the {@code yearsAhead} years after the history's last year. */
  default List<Prediction> forecast(YearSeries history, int yearsAhead, double level) {
    Fitted fitted = fit(history);
    List<Prediction> out = new ArrayList<>(yearsAhead);
    for (int k = 1; k <= yearsAhead; k++) {
      out.add(fitted.predict(history.lastYear() + k, level));
    }
    return out;
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new ForecastException("interval level must be between 0 and 1 (e.g. 0.95), got " + level);
    }
  }
}
