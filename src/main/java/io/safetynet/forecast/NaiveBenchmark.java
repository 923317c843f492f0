package io.safetynet.forecast;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The benchmarks a forecasting method has to beat: <b>last-value</b> (random walk: next years equal the last year)
 * and <b>drift</b> (random walk with drift: the last year plus the average yearly change so far).
 *
 * <p>Intervals (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.5, Table 5.2):
 * σ² from the one-step changes (last-value: Σ(yₜ − yₜ₋₁)² / (T − 1); drift: Σ(yₜ − yₜ₋₁ − b)² / (T − 2)), widened
 * with the horizon h as σ√h (last-value) and σ√(h(1 + h/(T − 1))) (drift: the exact variance of the estimated drift
 * b, where FPP writes the approximation h/T). We use t quantiles with T − 1 and T − 2 degrees of freedom instead of
 * FPP's normal ones, as for the trend, because these histories are a handful of years. σ has the same residual
 * floor as the trend ({@link TrendRegression#RESIDUAL_FLOOR} × mean |y|), so a benchmark is held to the same rule.
 */
public final class NaiveBenchmark implements ForecastMethod {
  private final boolean drift;

  private NaiveBenchmark(boolean drift) {
    this.drift = drift;
  }

  public static NaiveBenchmark lastValue() {
    return new NaiveBenchmark(false);
  }

  public static NaiveBenchmark drift() {
    return new NaiveBenchmark(true);
  }

  @Override
  public String name() {
    return drift ? "drift" : "last-value";
  }

  @Override
  public Fitted fit(YearSeries history) {
    int t = history.size();
    history.requireAtLeast(drift ? 3 : 2, name() + " benchmark");
    double first = history.points().get(0).value();
    double last = history.points().get(t - 1).value();
    double b = drift ? (last - first) / (t - 1) : 0;
    double ss = 0;
    for (int i = 1; i < t; i++) {
      double e = history.points().get(i).value() - history.points().get(i - 1).value() - b;
      ss += e * e;
    }
    int df = drift ? t - 2 : t - 1;
    double sigma = Math.max(Math.sqrt(ss / df), TrendRegression.RESIDUAL_FLOOR * TrendRegression.meanAbs(history));
    int lastYear = history.lastYear();
    return (year, level) -> {
      ForecastMethod.checkLevel(level);
      int h = year - lastYear;
      if (h < 1) {
        throw new ForecastException(history.label() + ": " + name() + " forecasts years after " + lastYear
            + ", got " + year);
      }
      double point = last + h * b;
      double sd = sigma * Math.sqrt(drift ? h * (1 + (double) h / (t - 1)) : h);
      double half = new TDistribution(df).inverseCumulativeProbability(1 - (1 - level) / 2) * sd;
      return new Prediction(year, point, point - half, point + half, level);
    };
  }
}
