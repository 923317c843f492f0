package io.safetynet.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Plain-text tables for the CLI: one per region and fund (the backtest has {@link BacktestReport}). */
public final class ForecastReport {
  private ForecastReport() {}

  /**
   * Per region and fund, the roll-forward of {@code method} at {@code level}: history then projection, closing
   * balance, months of cover and the simulated balance band with the probability the fund is depleted; then, per
   * method, the first annual deficit, the depletion year on the point path and the depletion probabilities.
   */
  public static String projections(FundForecaster.Outcome outcome, List<FundRollForward> rollForwards,
      List<FundHistory> histories, String method, double level) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Fund roll-forward: method %s, %s spending interval, yuan; balance band and "
        + "P(depleted) from %s simulated paths%n", method, pct(level),
        rollForwards.stream().flatMap(r -> r.distribution().stream()).findFirst()
            .map(d -> String.format(Locale.ROOT, "%,d", d.paths())).orElse("no")));
    for (FundOutlook o : outcome.outlooks()) {
      if (!o.method().equals(method) || o.level() != level) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%n== %s / %s ==%n", o.regionId(), o.fund().key()));
      histories.stream().filter(h -> h.regionId().equals(o.regionId()) && h.fund() == o.fund()).findFirst()
          .ifPresent(h -> sb.append(historyLine(h)));
      FundRollForward rf = find(rollForwards, o.regionId(), o.fund(), o.method(), level).orElse(null);
      if (rf == null) {
        projectionOnly(sb, o);
      } else {
        rollForward(sb, o, rf);
      }
      for (FundOutlook other : outcome.outlooks()) {
        if (other.regionId().equals(o.regionId()) && other.fund() == o.fund() && other.level() == level) {
          sb.append(verdict(other, find(rollForwards, other.regionId(), other.fund(), other.method(), level)));
        }
      }
    }
    skipped(sb, outcome.skipped());
    return sb.toString();
  }

  private static Optional<FundRollForward> find(List<FundRollForward> all, String region, Fund fund, String method,
      double level) {
    return all.stream().filter(r -> r.regionId().equals(region) && r.fund() == fund && r.method().equals(method)
        && r.level() == level).findFirst();
  }

  private static void rollForward(StringBuilder sb, FundOutlook o, FundRollForward rf) {
    sb.append("opening balance ").append(money(rf.opening().yuan())).append(" (").append(rf.opening().source())
        .append("); financing ").append(rf.financingExtension()).append('\n');
    sb.append(String.format(Locale.ROOT, "%-6s %-4s %9s %15s %15s %33s %15s %7s %15s %15s %15s %6s%n", "year", "",
        "enrolled", "revenue", "expenditure", "expenditure interval", "closing", "months", "closing P10",
        "closing P50", "closing P90", "P(dep)"));
    for (RollForwardYear y : rf.years()) {
      String interval = "";
      String p10 = "";
      String p50 = "";
      String p90 = "";
      String prob = y.isDepleted() ? "1" : "0";
      if (y.projected()) {
        ProjectionYear p = o.years().stream().filter(x -> x.year() == y.year()).findFirst().orElseThrow();
        interval = "[" + money(p.expenditureLower()) + ", " + money(p.expenditureUpper()) + "]";
        Optional<BalanceDistribution> d = rf.distributionFor(y.year());
        p10 = d.map(x -> money(x.p10())).orElse("");
        p50 = d.map(x -> money(x.p50())).orElse("");
        p90 = d.map(x -> money(x.p90())).orElse("");
        prob = d.map(x -> probability(x.probabilityDepleted())).orElse("");
      }
      sb.append(String.format(Locale.ROOT, "%-6d %-4s %,9d %15s %15s %33s %15s %7s %15s %15s %15s %6s%s%n", y.year(),
          y.projected() ? "proj" : "hist", y.enrolled(), money(y.revenue()), money(y.expenditure()), interval,
          money(y.closingBalance()), y.monthsOfCover() == null ? "n/a" : y.monthsOfCover().toPlainString(), p10, p50,
          p90, prob, y.isDepleted() ? "  DEPLETED" : y.isDeficit() ? "  deficit" : ""));
    }
  }

  private static void projectionOnly(StringBuilder sb, FundOutlook o) {
    sb.append(String.format(Locale.ROOT, "%-6s %9s %15s %15s %33s %15s%n", "year", "enrolled", "revenue",
        "expenditure", "expenditure interval", "annual balance"));
    for (ProjectionYear y : o.years()) {
      sb.append(String.format(Locale.ROOT, "%-6d %,9d %15s %15s %33s %15s%s%n", y.year(), y.enrolled(),
          money(y.revenue()), money(y.expenditurePoint()),
          "[" + money(y.expenditureLower()) + ", " + money(y.expenditureUpper()) + "]", money(y.balance()),
          y.isShort() ? "  deficit" : ""));
    }
  }

  /**
   * One method's verdict: the first annual deficit, the depletion year on the point path and, per projected year,
   * the simulated probability that the fund is depleted (this replaces reading revenue against each year's upper
   * bound, which is not a probability).
   */
  private static String verdict(FundOutlook o, Optional<FundRollForward> rf) {
    String deficit = o.firstShortYear().map(p -> p.year() + " short by " + money(p.balance().negate()))
        .orElse("none in horizon");
    if (rf.isEmpty()) {
      return String.format(Locale.ROOT, "first annual deficit (%s): %s%n", o.method(), deficit);
    }
    FundRollForward r = rf.get();
    deficit = r.firstDeficit().map(y -> y.year() + " short by " + money(y.annualBalance().negate()))
        .orElse("none in horizon");
    String depleted = r.depletion().map(y -> y.year() + " (closing " + money(y.closingBalance()) + ")")
        .orElse("not in horizon");
    StringBuilder probs = new StringBuilder();
    for (BalanceDistribution d : r.distribution()) {
      probs.append(probs.length() == 0 ? "" : ", ").append(d.year()).append(' ').append(probability(d.probabilityDepleted()));
    }
    return String.format(Locale.ROOT, "first annual deficit (%s): %s; depleted on the point path: %s; "
        + "P(depleted): %s%n", o.method(), deficit, depleted, probs.length() == 0 ? "not simulated" : probs);
  }

  /** A probability in whole percent, never rounded to a certainty it is not: "<1%" and ">99%" at the ends. */
  static String probability(double p) {
    if (p > 0 && p < 0.01) {
      return "<1%";
    }
    if (p > 0.99 && p < 1) {
      return ">99%";
    }
    return pct(p);
  }

  /** Yuan with thousands separators and cents. */
  static String money(BigDecimal v) {
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String historyLine(FundHistory h) {
    int last = h.perCapitaSpending().lastYear();
    return String.format(Locale.ROOT, "history %d-%d (%d years); %d spending %s reported, %s lag-completed, "
            + "%.2f per person%n", h.perCapitaSpending().firstYear(), last, h.perCapitaSpending().size(), last,
        money(h.reportedSpending().get(last)), money(h.completedSpending().get(last)),
        h.perCapitaSpending().points().get(h.perCapitaSpending().size() - 1).value());
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
