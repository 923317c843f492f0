package io.safetynet.forecast;

import io.safetynet.engine.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A planner's own yearly fund history: {@code year,enrolment,revenue,expenditure[,opening_balance]} (header names,
 * any column order). Years must be consecutive, since the balance is carried from one year to the next. The
 * balance of the first year opens at its {@code opening_balance} (0 when the column is absent or blank); a later
 * non-blank {@code opening_balance} replaces the carried balance (a transfer the planner knows about).
 */
public record UserHistory(String source, List<Year> years) {
  /** One row; {@code openingBalance} is null when not given. */
  public record Year(int year, long enrolment, BigDecimal revenue, BigDecimal expenditure, BigDecimal openingBalance,
      int line) {}

  public UserHistory {
    years = List.copyOf(years);
  }

  private static final List<String> REQUIRED = List.of("year", "enrolment", "revenue", "expenditure");

  public static UserHistory read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ForecastException(file + ": cannot read the history (" + e.getMessage() + ")");
    }
    String name = file.toString();
    int h = 0;
    while (h < lines.size() && lines.get(h).isBlank()) {
      h++;
    }
    if (h == lines.size()) {
      throw new ForecastException(name + ": empty file; expected a header year,enrolment,revenue,expenditure"
          + "[,opening_balance]");
    }
    List<String> header = Arrays.stream(lines.get(h).replace("\uFEFF", "").split(",", -1))
        .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        throw new ForecastException(name + ":" + (h + 1) + ": header needs year,enrolment,revenue,expenditure"
            + "[,opening_balance]; '" + column + "' is missing in '" + lines.get(h).strip() + "'");
      }
    }
    int opening = header.indexOf("opening_balance");
    List<Year> rows = new ArrayList<>();
    for (int n = h + 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String where = name + ":" + (n + 1) + ": ";
      String[] f = lines.get(n).split(",", -1);
      if (f.length != header.size()) {
        throw new ForecastException(where + "expected " + header.size() + " fields as in the header, got " + f.length);
      }
      int year = (int) whole(where, "year", f[header.indexOf("year")]);
      long enrolment = whole(where, "enrolment", f[header.indexOf("enrolment")]);
      if (enrolment < 0) {
        throw new ForecastException(where + "enrolment must be >= 0, got " + enrolment);
      }
      BigDecimal revenue = money(where, "revenue", f[header.indexOf("revenue")]);
      BigDecimal expenditure = money(where, "expenditure", f[header.indexOf("expenditure")]);
      BigDecimal open = opening < 0 || f[opening].isBlank() ? null : money(where, "opening_balance", f[opening]);
      if (!rows.isEmpty() && year != rows.get(rows.size() - 1).year() + 1) {
        throw new ForecastException(where + "year " + year + " does not follow " + rows.get(rows.size() - 1).year()
            + " (line " + rows.get(rows.size() - 1).line() + "); give consecutive years in order");
      }
      rows.add(new Year(year, enrolment, revenue, expenditure, open, n + 1));
    }
    if (rows.isEmpty()) {
      throw new ForecastException(name + ": no years after the header");
    }
    return new UserHistory(name, rows);
  }

  private static long whole(String where, String column, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new ForecastException(where + column + " must be a whole number, got '" + text.strip() + "'");
    }
  }

  private static BigDecimal money(String where, String column, String text) {
    try {
      return Money.round(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      throw new ForecastException(where + column + " must be an amount in yuan, got '" + text.strip() + "'");
    }
  }

  public int firstYear() {
    return years.get(0).year();
  }

  public int lastYear() {
    return years.get(years.size() - 1).year();
  }

  public YearSeries enrolment() {
    return series("enrolment", y -> (double) y.enrolment());
  }

  public YearSeries revenue() {
    return series("revenue", y -> y.revenue().doubleValue());
  }

  public YearSeries expenditure() {
    return series("expenditure", y -> y.expenditure().doubleValue());
  }

  /** Closing balance of each history year: opening (carried or given) + revenue − expenditure. */
  public List<BigDecimal> closingBalances() {
    List<BigDecimal> out = new ArrayList<>(years.size());
    BigDecimal carried = Money.ZERO;
    for (Year y : years) {
      BigDecimal open = y.openingBalance() != null ? y.openingBalance() : carried;
      carried = open.add(y.revenue()).subtract(y.expenditure());
      out.add(carried);
    }
    return out;
  }

  private YearSeries series(String what, java.util.function.ToDoubleFunction<Year> value) {
    List<YearValue> points = years.stream().map(y -> new YearValue(y.year(), value.applyAsDouble(y))).toList();
    return new YearSeries(source + " " + what, points);
  }
}
