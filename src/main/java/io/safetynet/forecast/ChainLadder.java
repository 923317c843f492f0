package io.safetynet.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chain-ladder completion of a run-off triangle for reporting lag: claims of a service period (discharge month)
 * keep arriving for some development periods (months from discharge to {@code settled_at}), so the latest
 * periods look cheaper than they will be.
 *
 * <p>Input: ragged incremental amounts, row i = service period i, column j = development period j; row i holds
 * the periods observed so far (the last row usually only lag 0). Volume-weighted age-to-age factors
 * f_j = Σᵢ C(i, j+1) / Σᵢ C(i, j) over rows observed at j+1 (C cumulative); each row's latest cumulative amount
 * is multiplied by the factors of the development periods it has not reached yet.
 *
 * <p>Reference: Mack, T., "Distribution-free calculation of the standard error of chain ladder reserve
 * estimates", ASTIN Bulletin 23(2), 1993 (the factor estimator f̂_k there); standard actuarial chain-ladder.
 *
 * <p>Conventions, stated because they change the numbers: development beyond the largest observed period is
 * assumed finished (tail factor 1); a factor whose denominator is 0 (no earlier claims at that lag) is 1.
 */
public final class ChainLadder {
  private ChainLadder() {}

  /** Completed totals per service period (in input order) and the age-to-age factors f_0, f_1, .... */
  public record Result(double[] factors, double[] latestCumulative, double[] completed) {
    public double completedTotal() {
      return Arrays.stream(completed).sum();
    }
  }

  public static Result complete(List<double[]> incremental) {
    int periods = incremental.size();
    int width = 0;
    List<double[]> cumulative = new ArrayList<>(periods);
    for (double[] row : incremental) {
      if (row.length == 0) {
        throw new ForecastException("chain ladder: every service period needs at least development period 0");
      }
      double[] cum = new double[row.length];
      double run = 0;
      for (int j = 0; j < row.length; j++) {
        run += row[j];
        cum[j] = run;
      }
      cumulative.add(cum);
      width = Math.max(width, row.length);
    }
    double[] factors = new double[Math.max(0, width - 1)];
    for (int j = 0; j + 1 < width; j++) {
      double num = 0;
      double den = 0;
      for (double[] cum : cumulative) {
        if (cum.length > j + 1) {
          num += cum[j + 1];
          den += cum[j];
        }
      }
      factors[j] = den == 0 ? 1.0 : num / den;
    }
    double[] latest = new double[periods];
    double[] completed = new double[periods];
    for (int i = 0; i < periods; i++) {
      double[] cum = cumulative.get(i);
      latest[i] = cum[cum.length - 1];
      double ultimate = latest[i];
      for (int j = cum.length - 1; j < factors.length; j++) {
        ultimate *= factors[j];
      }
      completed[i] = ultimate;
    }
    return new Result(factors, latest, completed);
  }
}
