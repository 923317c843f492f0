package io.safetynet.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code forecast --history}: the planner's history with its closing balances, then per method the projection with
 * intervals and the accumulated balance, and the first year below zero. A method that cannot run on this history
 * (too short, a non-positive value for log-linear) is said once, with what it needs.
 */
public final class HistoryReport {
  private HistoryReport() {}

  public static String of(UserHistory history, List<ForecastMethod> methods, int yearsAhead, double level) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Fund history %s: %d-%d (%d years), %s intervals, yuan%n",
        history.source(), history.firstYear(), history.lastYear(), history.years().size(), pct(level)));
    sb.append(String.format(Locale.ROOT, "%-6s %10s %16s %16s %16s%n", "year", "enrolment", "revenue",
        "expenditure", "closing balance"));
    List<BigDecimal> closing = history.closingBalances();
    for (int i = 0; i < history.years().size(); i++) {
      UserHistory.Year y = history.years().get(i);
      sb.append(String.format(Locale.ROOT, "%-6d %,10d %16s %16s %16s%n", y.year(), y.enrolment(),
          money(y.revenue()), money(y.expenditure()), money(closing.get(i))));
    }
    if (history.years().size() < TrendRegression.MIN_YEARS) {
      sb.append(String.format(Locale.ROOT, "%nProjection needs at least %d years of history; %s has %d (%s)%n",
          TrendRegression.MIN_YEARS, history.source(), history.years().size(), span(history)));
      return sb.toString();
    }
    List<String> notForecast = new ArrayList<>();
    for (ForecastMethod method : methods) {
      HistoryProjection p;
      try {
        p = HistoryProjection.of(history, method, yearsAhead, level);
      } catch (ForecastException e) {
        notForecast.add(method.name() + ": " + e.getMessage());
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%nProjection by %s%n", method.name()));
      sb.append(String.format(Locale.ROOT, "%-6s %36s %36s %16s %16s%n", "year", "revenue [lower, point, upper]",
          "expenditure [lower, point, upper]", "balance", "cautious"));
      for (HistoryProjection.Row r : p.rows()) {
        sb.append(String.format(Locale.ROOT, "%-6d %36s %36s %16s %16s%n", r.year(), interval(r.revenue()),
            interval(r.expenditure()), money(r.balance()), money(r.cautiousBalance())));
      }
      sb.append(String.format(Locale.ROOT, "first year below zero (%s): %s; cautious: %s%n", method.name(),
          p.firstBelowZero().map(r -> r.year() + " (" + money(r.balance()) + ")").orElse("none in horizon"),
          p.firstCautiousBelowZero().map(r -> r.year() + " (" + money(r.cautiousBalance()) + ")")
              .orElse("none in horizon")));
    }
    sb.append(String.format(Locale.ROOT, "%nbalance = previous closing balance + revenue - expenditure (point "
        + "forecasts); cautious = revenue at its lower bound - expenditure at its upper bound, every year%n"));
    if (!notForecast.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nNot forecast:%n"));
      notForecast.forEach(s -> sb.append("  ").append(s).append('\n'));
    }
    return sb.toString();
  }

  private static String span(UserHistory h) {
    return h.firstYear() == h.lastYear() ? String.valueOf(h.firstYear()) : h.firstYear() + "-" + h.lastYear();
  }

  private static String interval(Prediction p) {
    return String.format(Locale.ROOT, "[%,.2f, %,.2f, %,.2f]", p.lower(), p.point(), p.upper());
  }

  static String money(BigDecimal v) {
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String pct(double level) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * level);
  }
}
