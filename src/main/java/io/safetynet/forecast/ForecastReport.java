package io.safetynet.forecast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Plain-text tables for the CLI: one per region and fund (the backtest has {@link BacktestReport}). */
public final class ForecastReport {
  private ForecastReport() {}

  /** Tables for the outlooks of {@code method} at {@code level}; other methods only in the first-short summary. */
  public static String projections(FundForecaster.Outcome outcome, List<FundHistory> histories, String method,
      double level) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Fund projection: method %s, %s interval, yuan%n", method, pct(level)));
    for (FundOutlook o : outcome.outlooks()) {
      if (!o.method().equals(method) || o.level() != level) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%n== %s / %s ==%n", o.regionId(), o.fund().key()));
      histories.stream().filter(h -> h.regionId().equals(o.regionId()) && h.fund() == o.fund()).findFirst()
          .ifPresent(h -> sb.append(historyLine(h)));
      sb.append(String.format(Locale.ROOT, "%-6s %10s %16s %40s %16s%n", "year", "enrolled", "revenue",
          "expenditure [lower, point, upper]", "balance"));
      for (ProjectionYear y : o.years()) {
        String interval = "[" + y.expenditureLower().toPlainString() + ", " + y.expenditurePoint().toPlainString()
            + ", " + y.expenditureUpper().toPlainString() + "]";
        sb.append(String.format(Locale.ROOT, "%-6d %10d %16s %40s %16s%s%n", y.year(), y.enrolled(),
            y.revenue().toPlainString(), interval, y.balance().toPlainString(), y.isShort() ? "  SHORT" : ""));
      }
      for (FundOutlook other : outcome.outlooks()) {
        if (other.regionId().equals(o.regionId()) && other.fund() == o.fund() && other.level() == level) {
          sb.append(String.format(Locale.ROOT, "first short year (%s): %s; at upper bound: %s%n", other.method(),
              shortText(other.firstShortYear(), false), shortText(other.firstShortYearAtUpper(), true)));
        }
      }
    }
    skipped(sb, outcome.skipped());
    return sb.toString();
  }

  private static String historyLine(FundHistory h) {
    int last = h.perCapitaSpending().lastYear();
    return String.format(Locale.ROOT, "history %d-%d (%d years); %d spending %s reported, %s lag-completed, "
            + "%.2f per person%n", h.perCapitaSpending().firstYear(), last, h.perCapitaSpending().size(), last,
        h.reportedSpending().get(last).toPlainString(), h.completedSpending().get(last).toPlainString(),
        h.perCapitaSpending().points().get(h.perCapitaSpending().size() - 1).value());
  }

  private static String shortText(Optional<ProjectionYear> y, boolean upper) {
    return y.map(p -> p.year() + " short by " + (upper ? p.balanceAtUpper() : p.balance()).negate().toPlainString())
        .orElse("none in horizon");
  }

  private static void skipped(StringBuilder sb, List<String> skipped) {
    if (!skipped.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nNot forecast (%d):%n", skipped.size()));
      skipped.forEach(s -> sb.append("  ").append(s).append('\n'));
    }
  }

  private static String pct(double level) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * level);
  }
}
