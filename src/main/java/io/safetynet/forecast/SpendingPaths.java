package io.safetynet.forecast;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Draws one future path of per-capita spending from a fitted method, with both kinds of uncertainty: the
 * method's parameters (where the line is) and each year's own noise. Every path draws its parameters once and
 * keeps them for all its years, so a path that starts high tends to stay high, as a real fund's does.
 */
@FunctionalInterface
public interface SpendingPaths {
  /** Per-capita spending on one path for each of {@code years} (cut at 0: a fund cannot spend less than nothing). */
  double[] draw(RandomGenerator rng, int[] years);

  /** The sampler for a projection method by its name ({@code trend}, {@code bootstrap}, {@code log-linear}). */
  static SpendingPaths forMethod(String method, YearSeries history) {
    switch (method) {
      case "trend":
        return trend(new TrendRegression().fit(history), false);
      case "log-linear":
        return logLinear(history);
      case "bootstrap":
        return bootstrap(history);
      default:
        throw new ForecastException("no Monte Carlo sampler for method '" + method + "'");
    }
  }

  /**
   * The straight line's posterior predictive under the usual flat prior: σ*² = s²(n − 2)/χ²(n − 2), the level at
   * the mean year ~ N(ŷ(x̄), σ*²/n) and the slope ~ N(b, σ*²/Sxx) (independent at x̄, the coefficients' estimated
   * covariance), each year + N(0, σ*²). Its one-year marginal is exactly the trend's t prediction interval, so the
   * simulation and the interval agree; s already carries the residual floor.
   */
  static SpendingPaths trend(TrendRegression.LinearFit fit, boolean exp) {
    int df = fit.degreesOfFreedom();
    double s = fit.residualStandardError();
    return (rng, years) -> {
      double sigma = s * Math.sqrt(df / new ChiSquaredDistribution(rng, df).sample());
      double level = fit.fitted(fit.baseYear()) + fit.slope() * fit.meanX() + sigma * rng.nextGaussian()
          / Math.sqrt(fit.n());
      double slope = fit.slope() + sigma * rng.nextGaussian() / Math.sqrt(fit.sxx());
      double[] out = new double[years.length];
      for (int i = 0; i < years.length; i++) {
        double y = level + slope * (years[i] - fit.baseYear() - fit.meanX()) + sigma * rng.nextGaussian();
        out[i] = exp ? Math.exp(y) : Math.max(0, y);
      }
      return out;
    };
  }

  /** The trend sampler on ln y, mapped back: constant growth with uncertain rate and level. */
  static SpendingPaths logLinear(YearSeries history) {
    history.requireAtLeast(TrendRegression.MIN_YEARS, "log-linear growth");
    List<YearValue> logs = new java.util.ArrayList<>();
    for (YearValue p : history.points()) {
      if (p.value() <= 0) {
        throw new ForecastException(history.label() + ": log-linear growth needs values > 0, year " + p.year()
            + " has " + p.value());
      }
      logs.add(new YearValue(p.year(), Math.log(p.value())));
    }
    return trend(TrendRegression.LinearFit.of(new YearSeries(history.label(), logs), TrendRegression.RESIDUAL_FLOOR),
        true);
  }

  /**
   * Residual bootstrap paths (Davison &amp; Hinkley §6.3.3): refit the line on ŷ + resampled residuals (the
   * parameter uncertainty), then add a resampled residual each year (the noise). Residuals are centred and
   * inflated by √(n/(n − 2)); where their spread is below the residual floor, normal noise at the floor is used
   * instead, so an exactly straight history still gets uncertainty.
   */
  static SpendingPaths bootstrap(YearSeries history) {
    TrendRegression.LinearFit line = new TrendRegression().fit(history);
    int n = history.size();
    double[] x = new double[n];
    double[] fitted = new double[n];
    double[] residuals = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      YearValue p = history.points().get(i);
      x[i] = p.year() - history.firstYear();
      fitted[i] = line.fitted(p.year());
      residuals[i] = p.value() - fitted[i];
      mean += residuals[i] / n;
    }
    double inflate = Math.sqrt((double) n / (n - 2));
    double ss = 0;
    for (int i = 0; i < n; i++) {
      residuals[i] = (residuals[i] - mean) * inflate;
      ss += residuals[i] * residuals[i];
    }
    double floor = TrendRegression.RESIDUAL_FLOOR * TrendRegression.meanAbs(history);
    boolean useFloor = Math.sqrt(ss / (n - 2)) < floor;
    return (rng, years) -> {
      SimpleRegression r = new SimpleRegression(true);
      for (int i = 0; i < n; i++) {
        r.addData(x[i], fitted[i] + noise(rng, residuals, useFloor, floor));
      }
      double[] out = new double[years.length];
      for (int i = 0; i < years.length; i++) {
        double y = r.getIntercept() + r.getSlope() * (years[i] - history.firstYear())
            + noise(rng, residuals, useFloor, floor);
        out[i] = Math.max(0, y);
      }
      return out;
    };
  }

  private static double noise(RandomGenerator rng, double[] residuals, boolean useFloor, double floor) {
    return useFloor ? floor * rng.nextGaussian() : residuals[rng.nextInt(residuals.length)];
  }
}
