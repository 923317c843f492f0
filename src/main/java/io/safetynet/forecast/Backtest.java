package io.safetynet.forecast;

import java.util.List;

/**
 * Out-of-sample check: hold out the last K years, fit on the rest, forecast the held-out years and score
 * MAPE = 100/m · Σ |actual − forecast| / |actual| (over held-out years with a non-zero actual; m of them) and
 * the share of held-out actuals inside the prediction interval.
 *
 * <p>Reference: Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.8
 * (evaluating point forecast accuracy; percentage errors) and §5.9 (interval coverage).
 */
public final class Backtest {
  private Backtest() {}

  /** MAPE in percent (NaN when every held-out actual is 0) and interval coverage in [0, 1]. */
  public record Score(String series, String method, int fitYears, int heldOut, double mape, double coverage,
      double level) {}

  public static Score run(YearSeries series, ForecastMethod method, int holdout, double level) {
    if (holdout < 1) {
      throw new ForecastException(series.label() + ": backtest hold-out must be at least 1 year, got " + holdout);
    }
    if (holdout >= series.size()) {
      // say what is needed rather than an impossible range ("between 1 and 0 years")
      throw new ForecastException(series.label() + ": holding out " + holdout + " years needs at least "
          + (holdout + 1) + " years of history (" + holdout + " to check, 1 or more to fit), got " + series.size()
          + (series.size() == 0 ? "" : " (" + series.firstYear() + "-" + series.lastYear() + ")"));
    }
    YearSeries fitPart = series.head(series.size() - holdout);
    ForecastMethod.Fitted fitted = method.fit(fitPart);
    double sumApe = 0;
    int scored = 0;
    int covered = 0;
    List<YearValue> actuals = series.tail(holdout).points();
    for (YearValue actual : actuals) {
      Prediction p = fitted.predict(actual.year(), level);
      if (actual.value() != 0) {
        sumApe += Math.abs(actual.value() - p.point()) / Math.abs(actual.value());
        scored++;
      }
      if (p.covers(actual.value())) {
        covered++;
      }
    }
    double mape = scored == 0 ? Double.NaN : 100 * sumApe / scored;
    return new Score(series.label(), method.name(), fitPart.size(), holdout, mape, (double) covered / holdout, level);
  }
}
