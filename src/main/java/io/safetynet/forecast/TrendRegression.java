package io.safetynet.forecast;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Straight-line trend by ordinary least squares, y = a + b·(year − first year), with the classical prediction
 * interval for a new observation: ŷ ± t(1−α/2; n−2) · s · √(1 + 1/n + (x₀ − x̄)² / Sxx), s² = SSE / (n − 2).
 *
 * <p>Reference: Montgomery, Peck &amp; Vining, <i>Introduction to Linear Regression Analysis</i>, 5th ed., Wiley
 * 2012, §2.5 (prediction of new observations).
 *
 * <p>Short histories: with 2 points the line fits exactly and no residual degree of freedom is left to estimate
 * the noise, so no honest interval exists; fitting needs at least {@value #MIN_YEARS} years. With 3 years the t
 * quantile has 1 degree of freedom (12.7 at 95%), so intervals are wide, which is the truth about 3 points.
 *
 * <p>Residual floor: s is at least {@value #RESIDUAL_FLOOR} × the mean |value| of the history. A history that lies
 * exactly on a line says nothing about next year's noise, and a zero-width interval would promise certainty; 1% of
 * the level is the smallest noise we assume (docs/forecasting.md).
 */
public final class TrendRegression implements ForecastMethod {
  public static final int MIN_YEARS = 3;
  /** Smallest residual standard error, as a fraction of the history's mean |value|. */
  public static final double RESIDUAL_FLOOR = 0.01;

  @Override
  public String name() {
    return "trend";
  }

  @Override
  public LinearFit fit(YearSeries history) {
    history.requireAtLeast(MIN_YEARS, "trend regression");
    return LinearFit.of(history, RESIDUAL_FLOOR * meanAbs(history));
  }

  static double meanAbs(YearSeries history) {
    return history.points().stream().mapToDouble(p -> Math.abs(p.value())).average().orElse(0);
  }

  /** A fitted line; intercept is the level at the first history year. */
  public static final class LinearFit implements Fitted {
    private final int baseYear;
    private final int n;
    private final double intercept;
    private final double slope;
    private final double residualStandardError;
    private final double floorStandardError;
    private final double meanX;
    private final double sxx;

    private LinearFit(int baseYear, SimpleRegression r, double meanX, double floor) {
      this.baseYear = baseYear;
      this.n = (int) r.getN();
      this.intercept = r.getIntercept();
      this.slope = r.getSlope();
      this.floorStandardError = floor;
      this.residualStandardError = Math.max(floor, Math.sqrt(Math.max(0, r.getMeanSquareError())));
      this.meanX = meanX;
      this.sxx = r.getXSumSquares();
    }

    /** OLS line with s = max(√(SSE/(n−2)), {@code floor}). */
    static LinearFit of(YearSeries history, double floor) {
      SimpleRegression r = new SimpleRegression(true);
      double sumX = 0;
      for (YearValue p : history.points()) {
        double x = p.year() - history.firstYear();
        r.addData(x, p.value());
        sumX += x;
      }
      return new LinearFit(history.firstYear(), r, sumX / history.size(), floor);
    }

    public int baseYear() {
      return baseYear;
    }

    /** Level at the first history year. */
    public double intercept() {
      return intercept;
    }

    /** Change per year. */
    public double slope() {
      return slope;
    }

    /** s = max(√(SSE / (n − 2)), floor). */
    public double residualStandardError() {
      return residualStandardError;
    }

    public double fitted(int year) {
      return intercept + slope * (year - baseYear);
    }

    /** Standard error of a new observation at {@code year}. */
    public double predictionStandardError(int year) {
      double x0 = year - baseYear;
      return residualStandardError * Math.sqrt(1 + 1.0 / n + (x0 - meanX) * (x0 - meanX) / sxx);
    }

    /** Half-width of the interval at {@code year} if s were only the floor: the narrowest honest interval. */
    public double floorHalfWidth(int year, double level) {
      ForecastMethod.checkLevel(level);
      double x0 = year - baseYear;
      double t = new TDistribution(degreesOfFreedom()).inverseCumulativeProbability(1 - (1 - level) / 2);
      return t * floorStandardError * Math.sqrt(1 + 1.0 / n + (x0 - meanX) * (x0 - meanX) / sxx);
    }

    /** Number of history years. */
    public int n() {
      return n;
    }

    /** Mean of x = year − base year over the history. */
    public double meanX() {
      return meanX;
    }

    /** Σ(x − x̄)²: the slope's variance is s² / Sxx. */
    public double sxx() {
      return sxx;
    }

    public int degreesOfFreedom() {
      return n - 2;
    }

    @Override
    public Prediction predict(int year, double level) {
      ForecastMethod.checkLevel(level);
      double point = fitted(year);
      double t = new TDistribution(degreesOfFreedom()).inverseCumulativeProbability(1 - (1 - level) / 2);
      double half = t * predictionStandardError(year);
      return new Prediction(year, point, point - half, point + half, level);
    }
  }
}
