package io.safetynet.forecast;

import java.util.Locale;

/** The Mack chain-ladder result as a plain-text table (amounts with thousands separators), the layout of R's summary. */
public final class TriangleReport {
  private TriangleReport() {}

  public static String of(Triangle t, MackChainLadder.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Chain ladder with Mack standard errors: %s (%d origins, %d development "
        + "periods%s)%n", t.source(), t.originCount(), t.width(),
        r.tail() > 1 ? String.format(Locale.ROOT, ", tail factor %.4f", r.tail()) : ", no tail"));
    sb.append(String.format(Locale.ROOT, "%-12s %14s %10s %14s %14s %14s %7s%n", "origin", "latest", "to ult.",
        "ultimate", "reserve", "Mack S.E.", "CV"));
    for (MackChainLadder.OriginEstimate o : r.origins()) {
      sb.append(String.format(Locale.ROOT, "%-12s %14s %10s %14s %14s %14s %7s%n", o.origin(), money(o.latest()),
          Double.isNaN(o.factorToUltimate()) ? "n/a" : String.format(Locale.ROOT, "%.4f", o.factorToUltimate()),
          money(o.ultimate()), money(o.reserve()), money(o.standardError()), cv(o.cv())));
    }
    sb.append(String.format(Locale.ROOT, "%-12s %14s %10s %14s %14s %14s %7s%n", "total", money(r.totalLatest()), "",
        money(r.totalUltimate()), money(r.totalReserve()), money(r.totalStandardError()), cv(r.totalCv())));
    sb.append(String.format(Locale.ROOT, "total reserve S.E.: process %s, parameter %s%n",
        money(r.totalProcessSe()), money(r.totalParameterSe())));
    sb.append(String.format(Locale.ROOT, "%-12s %10s %12s %10s%n", "development", "factor", "sigma", "s.e.(f)"));
    for (int k = 0; k < r.factors().length; k++) {
      sb.append(String.format(Locale.ROOT, "%-12s %10.4f %12.4f %10.4f%n", (k + 1) + "-" + (k + 2), r.factors()[k],
          r.sigma()[k], r.factorSe()[k]));
    }
    if (r.tail() > 1) {
      sb.append(String.format(Locale.ROOT, "%-12s %10.4f %12.4f %10.4f%n", t.width() + "-ult", r.tail(),
          r.tailSigma(), r.tailFactorSe()));
    }
    return sb.toString();
  }

  static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String cv(double cv) {
    return Double.isNaN(cv) ? "n/a" : String.format(Locale.ROOT, "%.3f", cv);
  }
}
