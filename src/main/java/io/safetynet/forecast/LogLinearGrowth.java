package io.safetynet.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Constant-growth-rate model: ln y = a + b·(year − first year) by OLS, interval from {@link TrendRegression} on the
 * log scale mapped back with exp. The point value exp(ŷ) is the median (not the mean) of a log-normal forecast;
 * growth per year is exp(b) − 1.
 *
 * <p>Reference: Montgomery, Peck &amp; Vining, <i>Introduction to Linear Regression Analysis</i>, 5th ed., §5.3
 * (variance-stabilising and linearising transformations).
 *
 * <p>The log-scale residual standard error is at least {@value TrendRegression#RESIDUAL_FLOOR} (about 1% of the
 * level), so an exactly constant growth rate still gets an interval. Every value must be &gt; 0 (a fund with a zero-spending year cannot grow at a constant rate); needs at least
 * {@value TrendRegression#MIN_YEARS} years.
 */
public final class LogLinearGrowth implements ForecastMethod {
  @Override
  public String name() {
    return "log-linear";
  }

  @Override
  public Fitted fit(YearSeries history) {
    history.requireAtLeast(TrendRegression.MIN_YEARS, "log-linear growth");
    List<YearValue> logs = new ArrayList<>(history.size());
    for (YearValue p : history.points()) {
      if (p.value() <= 0) {
        throw new ForecastException(
            history.label() + ": log-linear growth needs values > 0, year " + p.year() + " has " + p.value()
                + "; use the trend or bootstrap method for this series");
      }
      logs.add(new YearValue(p.year(), Math.log(p.value())));
    }
    // on the log scale the residual floor is 0.01 itself: about 1% of the level, as for the trend
    TrendRegression.LinearFit line =
        TrendRegression.LinearFit.of(new YearSeries(history.label(), logs), TrendRegression.RESIDUAL_FLOOR);
    return (year, level) -> {
      Prediction p = line.predict(year, level);
      return new Prediction(year, Math.exp(p.point()), Math.exp(p.lower()), Math.exp(p.upper()), level);
    };
  }
}
