package io.safetynet.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every method at every level on every fund history: enrolment by {@link TrendRegression} (point only, see
 * {@link FundProjection}), per-capita spending by the method, then revenue against expenditure. A fund that cannot
 * be forecast (too short a history, no financing configured, non-positive values for a log model) is skipped with
 * the reason, so one thin region does not stop the others.
 */
public final class FundForecaster {
  private FundForecaster() {}

  /** Projections made, and one line per region/fund/method skipped with why. */
  public record Outcome(List<FundOutlook> outlooks, List<String> skipped) {
    public Outcome {
      outlooks = List.copyOf(outlooks);
      skipped = List.copyOf(skipped);
    }
  }

  public static Outcome project(List<FundHistory> histories, FinancingConfig financing, List<ForecastMethod> methods,
      List<Double> levels, int yearsAhead) {
    if (yearsAhead < 1) {
      throw new ForecastException("years ahead must be at least 1, got " + yearsAhead);
    }
    List<FundOutlook> outlooks = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    TrendRegression enrolmentTrend = new TrendRegression();
    for (FundHistory h : histories) {
      if (!financing.has(h.regionId(), h.fund())) {
        skipped.add(h.label() + ": no per-capita financing in " + financing.file());
        continue;
      }
      List<Prediction> enrolled;
      try {
        enrolled = enrolmentTrend.forecast(h.enrolled(), yearsAhead, levels.get(0));
      } catch (ForecastException e) {
        skipped.add(h.label() + ": " + e.getMessage());
        continue;
      }
      for (ForecastMethod method : methods) {
        try {
          ForecastMethod.Fitted fitted = method.fit(h.perCapitaSpending());
          for (double level : levels) {
            List<Prediction> spend = new ArrayList<>();
            for (Prediction p : enrolled) {
              spend.add(fitted.predict(p.year(), level));
            }
            outlooks.add(FundProjection.project(h.regionId(), h.fund(), method.name(), enrolled, spend, financing));
          }
        } catch (ForecastException | FinancingConfigException e) {
          skipped.add(h.label() + " [" + method.name() + "]: " + e.getMessage());
        }
      }
    }
    return new Outcome(outlooks, skipped);
  }
}
