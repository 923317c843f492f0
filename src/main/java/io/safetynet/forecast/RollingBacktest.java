package io.safetynet.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolling-origin backtest (evaluation on a rolling forecasting origin): for every origin t from {@link #MIN_FIT}
 * years on, fit on the first t years and forecast every later year up to {@code maxHorizon} ahead; score each
 * horizon h over all origins that reach it. Every method is scored on the same origins and held-out years, so a
 * method and a benchmark are compared on the same forecasts.
 *
 * <p>Scores, per horizon:
 * <ul>
 *   <li><b>MASE</b> = mean over origins of |y − ŷ| / Q_t, Q_t = in-sample MAE of the one-step last-value forecast on
 *       the t fitting years, (1/(t−1)) Σ |yⱼ − yⱼ₋₁| (Hyndman &amp; Koehler 2006). Below 1: better than the naive
 *       one-step forecast was in sample. Origins with Q_t = 0 (a flat history) cannot be scaled and are left out.</li>
 *   <li><b>interval score</b> of the central (1 − α) interval [l, u]:
 *       (u − l) + (2/α)(l − y)·1{y &lt; l} + (2/α)(y − u)·1{y &gt; u} (Gneiting &amp; Raftery 2007, §6.2); lower is
 *       better; it rewards narrow intervals and penalises misses, so an interval cannot win by being wide or by
 *       being narrow and wrong. In the series' unit (yuan).</li>
 *   <li><b>coverage</b>: share of held-out values inside the interval, against the nominal level.</li>
 * </ul>
 *
 * <p>References: Hyndman, R.J. &amp; Koehler, A.B. (2006) "Another look at measures of forecast accuracy",
 * <i>International Journal of Forecasting</i> 22(4); Gneiting, T. &amp; Raftery, A.E. (2007) "Strictly proper
 * scoring rules, prediction, and estimation", <i>JASA</i> 102(477); Hyndman &amp; Athanasopoulos, <i>Forecasting:
 * Principles and Practice</i>, 3rd ed., §5.10 (time series cross-validation).
 */
public final class RollingBacktest {
  /** Fitting years at the first origin: the trend and drift need 3 to have a residual degree of freedom. */
  public static final int MIN_FIT = 3;
  /** Fewest years for a backtest: {@link #MIN_FIT} to fit and one to check. */
  public static final int MIN_YEARS = MIN_FIT + 1;

  private RollingBacktest() {}

  /** One method on one series at one horizon; {@code mase} NaN when every origin had a flat history. */
  public record HorizonScore(String series, String method, int horizon, int forecasts, double mase,
      double intervalScore, double coverage, double level) {}

  /** Scores at horizons 1..maxHorizon (those the series can reach); throws when the method fails at any origin. */
  public static List<HorizonScore> run(YearSeries series, ForecastMethod method, int maxHorizon, double level) {
    ForecastMethod.checkLevel(level);
    if (maxHorizon < 1) {
      throw new ForecastException("backtest horizon must be at least 1 year, got " + maxHorizon);
    }
    series.requireAtLeast(MIN_YEARS, "a backtest");
    int n = series.size();
    int horizons = Math.min(maxHorizon, n - MIN_FIT);
    double[] scaledSum = new double[horizons];
    int[] scaledCount = new int[horizons];
    double[] isSum = new double[horizons];
    int[] covered = new int[horizons];
    int[] count = new int[horizons];
    double alpha = 1 - level;
    for (int t = MIN_FIT; t < n; t++) {
      YearSeries fitPart = series.head(t);
      ForecastMethod.Fitted fitted = method.fit(fitPart);
      double scale = naiveInSampleMae(fitPart);
      for (int h = 1; h <= horizons && t + h - 1 < n; h++) {
        YearValue actual = series.points().get(t + h - 1);
        Prediction p = fitted.predict(actual.year(), level);
        double y = actual.value();
        if (scale > 0) {
          scaledSum[h - 1] += Math.abs(y - p.point()) / scale;
          scaledCount[h - 1]++;
        }
        isSum[h - 1] += intervalScore(p.lower(), p.upper(), y, alpha);
        covered[h - 1] += p.covers(y) ? 1 : 0;
        count[h - 1]++;
      }
    }
    List<HorizonScore> out = new ArrayList<>(horizons);
    for (int h = 1; h <= horizons; h++) {
      int i = h - 1;
      out.add(new HorizonScore(series.label(), method.name(), h, count[i],
          scaledCount[i] == 0 ? Double.NaN : scaledSum[i] / scaledCount[i], isSum[i] / count[i],
          (double) covered[i] / count[i], level));
    }
    return out;
  }

  /** Gneiting &amp; Raftery's interval score of [lower, upper] as a central (1 − alpha) interval at outcome y. */
  public static double intervalScore(double lower, double upper, double y, double alpha) {
    double s = upper - lower;
    if (y < lower) {
      s += 2 / alpha * (lower - y);
    } else if (y > upper) {
      s += 2 / alpha * (y - upper);
    }
    return s;
  }

  /** (1/(t−1)) Σ |yⱼ − yⱼ₋₁| over the fitting years. */
  static double naiveInSampleMae(YearSeries fit) {
    double sum = 0;
    for (int j = 1; j < fit.size(); j++) {
      sum += Math.abs(fit.points().get(j).value() - fit.points().get(j - 1).value());
    }
    return sum / (fit.size() - 1);
  }
}
