package io.safetynet.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parses one field text into its contract type, or names what is wrong. Strict: dates are ISO
 * {@code YYYY-MM-DD} (and must exist), money has at most 2 decimals and no exponent, booleans are
 * {@code true}/{@code false} (any case), timestamps ISO-8601 with or without offset (without: UTC). Dates,
 * timestamps and amounts must also lie in the {@link PlausibleRange}.
 */
final class FieldParser {
  private static final Pattern INT = Pattern.compile("[-+]?\\d{1,10}");
  private static final Pattern MONEY = Pattern.compile("[-+]?\\d{1,16}(\\.\\d{1,2})?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern REGION = Pattern.compile("\\d{6}");

  private FieldParser() {}

  /** Thrown with a value-free description of the failure ("not a date YYYY-MM-DD"). */
  static final class Invalid extends Exception {
    Invalid(String what) {
      super(what, null, false, false);
    }
  }

  static Object parse(ColumnSpec column, String text, PlausibleRange range) throws Invalid {
    Object value = switch (column.type()) {
      case STRING -> text;
      case INT -> parseInt(text);
      case DATE -> parseDate(text);
      case TIMESTAMP -> parseTimestamp(text);
      case BOOLEAN -> parseBoolean(text);
      case DECIMAL -> parseMoney(text);
    };
    if (column.name().endsWith("region_code") && !REGION.matcher(text).matches()) {
      throw new Invalid("not a 6-digit region code");
    }
    if (!column.allowed().isEmpty()) {
      checkAllowed(column, text);
    }
    if (column.nonNegative() && ((BigDecimal) value).signum() < 0) {
      throw new Invalid("negative amount");
    }
    checkPlausible(value, range);
    if (column.name().equals("id_number") && !IdNumberCheck.isValid(text)) {
      throw new Invalid("not an 18-character ID number with a valid GB 11643 check digit");
    }
    return value;
  }

  private static void checkPlausible(Object value, PlausibleRange range) throws Invalid {
    if (value instanceof LocalDate d && !range.contains(d)) {
      throw new Invalid("date outside the plausible range " + range.dates());
    }
    if (value instanceof Instant i && !range.contains(i)) {
      throw new Invalid("timestamp outside the plausible range " + range.dates());
    }
    if (value instanceof BigDecimal b && !range.contains(b)) {
      throw new Invalid("amount above the plausible maximum of " + range.maxAmount().toPlainString() + " yuan");
    }
  }

  private static void checkAllowed(ColumnSpec column, String text) throws Invalid {
    String[] parts = column.multiValued() ? text.split("\\|", -1) : new String[] {text};
    for (String part : parts) {
      if (!column.allowed().contains(part)) {
        throw new Invalid("not one of " + new java.util.TreeSet<>(column.allowed())
            + (column.multiValued() ? " (several may be joined with |)" : ""));
      }
    }
  }

  private static Integer parseInt(String text) throws Invalid {
    if (!INT.matcher(text).matches()) {
      throw new Invalid("not an integer");
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new Invalid("integer out of range");
    }
  }

  private static LocalDate parseDate(String text) throws Invalid {
    if (!DATE.matcher(text).matches()) {
      throw new Invalid("not a date YYYY-MM-DD");
    }
    try {
      // the pattern above has checked the digits; LocalDate.of is several times faster than a formatter
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (java.time.DateTimeException e) {
      throw new Invalid("not an existing calendar date");
    }
  }

  private static Instant parseTimestamp(String text) throws Invalid {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new Invalid("not an ISO-8601 timestamp");
      }
    }
  }

  private static Boolean parseBoolean(String text) throws Invalid {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new Invalid("not true/false");
  }

  private static BigDecimal parseMoney(String text) throws Invalid {
    if (!MONEY.matcher(text).matches()) {
      throw new Invalid("not a decimal with at most 2 decimal places");
    }
    return new BigDecimal(text).setScale(2);
  }
}
