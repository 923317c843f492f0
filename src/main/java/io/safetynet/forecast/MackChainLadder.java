package io.safetynet.forecast;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Chain ladder with Mack's standard errors: how much of each origin's claims is still to come (the reserve, IBNR)
 * and how uncertain that is.
 *
 * <p>Volume-weighted development factors f_k = Σᵢ C(i,k+1) / Σᵢ C(i,k) over origins observed at k+1;
 * σ²_k = 1/(n_k − 1) · Σᵢ C(i,k) · (C(i,k+1)/C(i,k) − f_k)²; s.e.(f_k) = σ_k / √(Σᵢ C(i,k)). Where only one
 * origin is observed (the last period) σ² is extrapolated by Mack's rule
 * σ²_{n−1} = min(σ⁴_{n−2} / σ²_{n−3}, min(σ²_{n−3}, σ²_{n−2})) or, on request, by R ChainLadder's default
 * log-linear regression of log σ_k on k ({@link SigmaRule#LOG_LINEAR}, kept to check against that package).
 *
 * <p>Per origin the mean squared error of the ultimate is built by the recursion
 * proc²(k+1) = Ĉ(i,k)·σ²_k + proc²(k)·f²_k and par²(k+1) = Ĉ(i,k)²·s.e.(f_k)² + par²(k)·f²_k from the latest
 * diagonal outwards, which unrolls exactly to Mack's (1993) Theorem 3 formula
 * Ĉ²(i,I) Σ_k σ²_k/f²_k (1/Ĉ(i,k) + 1/Σ_j C(j,k)); the total's parameter part uses the summed projected
 * amounts M_k = Σ over origins at or past their diagonal at k, which equals Mack's total formula (origins are
 * independent, so process variances add; parameter errors are shared, so they add before squaring).
 *
 * <p>Tail factor: an optional factor &gt; 1 from the last observed development period to ultimate (a judgement
 * for business not finished at the triangle's edge). Its σ and s.e. are read off log-linear fits of the interior
 * σ_k and s.e.(f_k) at the position where a log-linear fit of (f_k − 1) reaches the tail (R ChainLadder's
 * {@code tail_SE}); only factors above 1 take part in that position fit.
 *
 * <p>Variance terms use |Ĉ| so a negative cumulative amount (net recoveries) cannot make a variance negative;
 * Mack's model itself assumes positive amounts.
 *
 * <p>References: Mack, T., "Distribution-free calculation of the standard error of chain ladder reserve estimates",
 * ASTIN Bulletin 23(2), 1993, 213-225; Mack, T., "The standard error of chain ladder reserve estimates: recursive
 * calculation and inclusion of a tail factor", ASTIN Bulletin 29(2), 1999; Gesmann et al., R package ChainLadder,
 * {@code MackChainLadder}.
 */
public final class MackChainLadder {
  private MackChainLadder() {}

  /** How σ² of a development period seen in only one origin is filled in. */
  public enum SigmaRule {
    /** Mack (1993): min(σ⁴_{k−1} / σ²_{k−2}, σ²_{k−2}, σ²_{k−1}). */
    MACK,
    /** Log-linear regression of log σ_k on k over the estimated periods (R ChainLadder's default). */
    LOG_LINEAR
  }

  /** One origin: latest amount, factor to ultimate, ultimate, reserve = ultimate − latest, and its errors. */
  public record OriginEstimate(String origin, int developed, double latest, double factorToUltimate,
      double ultimate, double processSe, double parameterSe) {
    public double reserve() {
      return ultimate - latest;
    }

    /** Mack's standard error of the reserve: √(process² + parameter²). */
    public double standardError() {
      return Math.hypot(processSe, parameterSe);
    }

    /** Coefficient of variation of the reserve; NaN when the reserve is 0. */
    public double cv() {
      return reserve() == 0 ? Double.NaN : standardError() / reserve();
    }
  }

  /** Factors, σ and s.e.(f) per development period (index k: from k+1 to k+2), the tail, origins and totals. */
  public record Result(double[] factors, double[] sigma, double[] factorSe, double tail, double tailSigma,
      double tailFactorSe, List<OriginEstimate> origins, double totalProcessSe, double totalParameterSe) {
    public Result {
      origins = List.copyOf(origins);
    }

    public double totalLatest() {
      return origins.stream().mapToDouble(OriginEstimate::latest).sum();
    }

    public double totalUltimate() {
      return origins.stream().mapToDouble(OriginEstimate::ultimate).sum();
    }

    public double totalReserve() {
      return origins.stream().mapToDouble(OriginEstimate::reserve).sum();
    }

    public double totalStandardError() {
      return Math.hypot(totalProcessSe, totalParameterSe);
    }

    public double totalCv() {
      double r = totalReserve();
      return r == 0 ? Double.NaN : totalStandardError() / r;
    }
  }

  /** No tail, Mack's σ rule. */
  public static Result estimate(Triangle t) {
    return estimate(t, 1.0, SigmaRule.MACK);
  }

  public static Result estimate(Triangle t, double tail) {
    return estimate(t, tail, SigmaRule.MACK);
  }

  public static Result estimate(Triangle t, double tail, SigmaRule rule) {
    if (!(tail >= 1.0) || !Double.isFinite(tail)) {
      throw new ForecastException(t.source() + ": tail factor must be a number >= 1 (1 = no development after the "
          + "last period), got " + tail);
    }
    int width = t.width();
    if (width < 2) {
      throw new ForecastException(t.source() + ": a triangle needs at least 2 development periods to estimate a "
          + "development factor, got " + width);
    }
    int periods = width - 1;
    double[] f = new double[periods];
    double[] sumC = new double[periods];
    double[] sigma2 = new double[periods];
    boolean[] estimated = new boolean[periods];
    for (int k = 0; k < periods; k++) {
      double num = 0;
      int rows = 0;
      for (int i = 0; i < t.originCount(); i++) {
        if (t.developed(i) > k + 1) {
          num += t.cumulative(i, k + 1);
          sumC[k] += t.cumulative(i, k);
          rows++;
        }
      }
      if (sumC[k] == 0) {
        throw new ForecastException(t.source() + ": development factor " + (k + 1) + " to " + (k + 2)
            + " is undefined: the origins observed at " + (k + 2) + " sum to 0 at " + (k + 1));
      }
      f[k] = num / sumC[k];
      if (rows >= 2) {
        double ss = 0;
        for (int i = 0; i < t.originCount(); i++) {
          if (t.developed(i) > k + 1) {
            double c = t.cumulative(i, k);
            double dev = t.cumulative(i, k + 1) - f[k] * c;
            if (c == 0 && dev != 0) {
              throw new ForecastException(t.source() + ": origin " + t.origin(i) + " grows from 0 at development "
                  + (k + 1) + " to " + t.cumulative(i, k + 1) + " at " + (k + 2) + "; chain ladder cannot develop "
                  + "from zero (start the triangle where every origin has an amount)");
            }
            ss += c == 0 ? 0 : dev * dev / Math.abs(c);
          }
        }
        sigma2[k] = ss / (rows - 1);
        estimated[k] = true;
      }
    }
    fillSigma(t, sigma2, estimated, rule);
    double[] sigma = new double[periods];
    double[] fSe = new double[periods];
    for (int k = 0; k < periods; k++) {
      sigma[k] = Math.sqrt(sigma2[k]);
      fSe[k] = sigma[k] / Math.sqrt(Math.abs(sumC[k]));
    }
    double tailSigma = 0;
    double tailSe = 0;
    if (tail > 1.0) {
      double[] tailErrors = tailErrors(t, f, sigma, fSe, tail);
      tailSigma = tailErrors[0];
      tailSe = tailErrors[1];
    }
    return project(t, f, sigma, fSe, tail, tailSigma, tailSe);
  }

  private static void fillSigma(Triangle t, double[] sigma2, boolean[] estimated, SigmaRule rule) {
    if (rule == SigmaRule.LOG_LINEAR) {
      SimpleRegression r = new SimpleRegression(true);
      for (int k = 0; k < sigma2.length; k++) {
        if (estimated[k] && sigma2[k] > 0) {
          r.addData(k + 1, 0.5 * Math.log(sigma2[k]));
        }
      }
      if (r.getN() >= 2) {
        for (int k = 0; k < sigma2.length; k++) {
          if (!estimated[k]) {
            sigma2[k] = Math.exp(2 * r.predict(k + 1));
          }
        }
        return;
      }
    }
    for (int k = 0; k < sigma2.length; k++) {
      if (estimated[k]) {
        continue;
      }
      if (k >= 2) {
        double prev = sigma2[k - 1];
        double prev2 = sigma2[k - 2];
        double ratio = prev * prev / prev2;
        double floor = Math.min(prev2, prev);
        sigma2[k] = Double.isFinite(ratio) ? Math.min(ratio, floor) : floor;
      } else if (k == 1) {
        // only one earlier period: Mack's rule has nothing to compare with, so its σ² carries over
        sigma2[k] = sigma2[0];
      } else {
        throw new ForecastException(t.source() + ": Mack's standard error needs at least 2 origins observed at "
            + "development 2, got 1");
      }
    }
  }

  /** σ and s.e.(f) of the tail, read off log-linear fits at the tail's position on the (f − 1) curve. */
  private static double[] tailErrors(Triangle t, double[] f, double[] sigma, double[] fSe, double tail) {
    SimpleRegression position = new SimpleRegression(true);
    for (int k = 0; k < f.length; k++) {
      if (f[k] > 1) {
        position.addData(k + 1, Math.log(f[k] - 1));
      }
    }
    if (position.getN() < 2 || !(position.getSlope() < 0)) {
      throw new ForecastException(t.source() + ": cannot place the tail factor " + tail + " on the development "
          + "curve: needs at least 2 factors above 1 that decline with development; without that, a tail's "
          + "uncertainty cannot be estimated from this triangle");
    }
    double at = (Math.log(tail - 1) - position.getIntercept()) / position.getSlope();
    SimpleRegression logSigma = new SimpleRegression(true);
    SimpleRegression logSe = new SimpleRegression(true);
    for (int k = 0; k < f.length; k++) {
      if (sigma[k] > 0) {
        logSigma.addData(k + 1, Math.log(sigma[k]));
        logSe.addData(k + 1, Math.log(fSe[k]));
      }
    }
    if (logSigma.getN() < 2) {
      return new double[] {0, 0};
    }
    return new double[] {Math.exp(logSigma.predict(at)), Math.exp(logSe.predict(at))};
  }

  private static Result project(Triangle t, double[] f, double[] sigma, double[] fSe, double tail, double tailSigma,
      double tailSe) {
    int width = t.width();
    int m = t.originCount();
    double[][] full = new double[m][width];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < width; k++) {
        full[i][k] = k < t.developed(i) ? t.cumulative(i, k) : full[i][k - 1] * f[k - 1];
      }
    }
    List<OriginEstimate> out = new ArrayList<>(m);
    double totalProcess2 = 0;
    for (int i = 0; i < m; i++) {
      double proc2 = 0;
      double par2 = 0;
      for (int k = t.developed(i) - 1; k < width - 1; k++) {
        proc2 = Math.abs(full[i][k]) * sigma[k] * sigma[k] + proc2 * f[k] * f[k];
        par2 = full[i][k] * full[i][k] * fSe[k] * fSe[k] + par2 * f[k] * f[k];
      }
      double last = full[i][width - 1];
      proc2 = Math.abs(last) * tailSigma * tailSigma + proc2 * tail * tail;
      par2 = last * last * tailSe * tailSe + par2 * tail * tail;
      double ultimate = last * tail;
      double latest = t.latest(i);
      out.add(new OriginEstimate(t.origin(i), t.developed(i), latest, latest == 0 ? Double.NaN : ultimate / latest,
          ultimate, Math.sqrt(proc2), Math.sqrt(par2)));
      totalProcess2 += proc2;
    }
    // parameter error is common to all origins: sum the projected amounts first, then propagate
    double totalPar2 = 0;
    for (int k = 0; k < width - 1; k++) {
      double mk = 0;
      for (int i = 0; i < m; i++) {
        if (t.developed(i) - 1 <= k) {
          mk += full[i][k];
        }
      }
      totalPar2 = mk * mk * fSe[k] * fSe[k] + totalPar2 * f[k] * f[k];
    }
    double mLast = 0;
    for (int i = 0; i < m; i++) {
      mLast += full[i][width - 1];
    }
    totalPar2 = mLast * mLast * tailSe * tailSe + totalPar2 * tail * tail;
    return new Result(f, sigma, fSe, tail, tailSigma, tailSe, out, Math.sqrt(totalProcess2), Math.sqrt(totalPar2));
  }
}
