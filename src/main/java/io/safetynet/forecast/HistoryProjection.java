package io.safetynet.forecast;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A planner's history carried forward by one method: revenue and expenditure are each forecast with their interval,
 * and the balance is accumulated from the last history year's closing balance. {@code balance} uses the point
 * forecasts; {@code cautiousBalance} accumulates revenue at its lower bound minus expenditure at its upper bound
 * every year, a stress reading (both bad at once, every year), not a statistical interval of the balance.
 */
public record HistoryProjection(String method, double level, List<Row> rows) {
  /** One projected year. */
  public record Row(int year, Prediction revenue, Prediction expenditure, BigDecimal balance,
      BigDecimal cautiousBalance) {}

  public HistoryProjection {
    rows = List.copyOf(rows);
  }

  public static HistoryProjection of(UserHistory history, ForecastMethod method, int yearsAhead, double level) {
    if (yearsAhead < 1) {
      throw new ForecastException("years ahead must be at least 1, got " + yearsAhead);
    }
    List<Prediction> revenue = method.forecast(history.revenue(), yearsAhead, level);
    List<Prediction> expenditure = method.forecast(history.expenditure(), yearsAhead, level);
    List<BigDecimal> closing = history.closingBalances();
    BigDecimal balance = closing.get(closing.size() - 1);
    BigDecimal cautious = balance;
    List<Row> rows = new ArrayList<>(yearsAhead);
    for (int i = 0; i < yearsAhead; i++) {
      Prediction r = revenue.get(i);
      Prediction e = expenditure.get(i);
      balance = balance.add(yuan(r.point())).subtract(yuan(e.point()));
      cautious = cautious.add(yuan(r.lower())).subtract(yuan(e.upper()));
      rows.add(new Row(r.year(), r, e, balance, cautious));
    }
    return new HistoryProjection(method.name(), level, rows);
  }

  /** First projected year whose balance (point forecasts) is below zero. */
  public Optional<Row> firstBelowZero() {
    return rows.stream().filter(r -> r.balance().signum() < 0).findFirst();
  }

  /** First projected year whose cautious balance is below zero. */
  public Optional<Row> firstCautiousBelowZero() {
    return rows.stream().filter(r -> r.cautiousBalance().signum() < 0).findFirst();
  }

  static BigDecimal yuan(double amount) {
    return Money.round(BigDecimal.valueOf(amount));
  }
}
