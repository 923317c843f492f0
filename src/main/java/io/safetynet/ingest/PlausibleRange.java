package io.safetynet.ingest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The values a field may plausibly hold, beyond its type. A date in 1500 or year +300000 parses, but is a keying
 * error, and Delta/Parquet cannot even write some of them (before 1582 they need calendar rebasing; far years
 * overflow Spark's microsecond timestamps): they are quarantined at validation, so a value that passed can always
 * be written. Money above {@link #maxAmount} (in absolute value) is quarantined as well: the settlement and
 * indicator columns are decimal(18,2), so sums of amounts near that width would overflow.
 *
 * @param earliest the earliest date (and timestamp day, UTC) accepted
 * @param latest the latest date (and timestamp day, UTC) accepted
 * @param maxAmount the largest absolute amount of any money field, in yuan
 */
public record PlausibleRange(LocalDate earliest, LocalDate latest, BigDecimal maxAmount) implements Serializable {
  public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1900, 1, 1);
  /** 100 million yuan: no one claim, premium or household income of this population comes near it. */
  public static final BigDecimal DEFAULT_MAX_AMOUNT = new BigDecimal("100000000.00");

  public PlausibleRange {
    if (earliest == null || latest == null || maxAmount == null) {
      throw new IllegalArgumentException("earliest, latest and maxAmount are required");
    }
    if (latest.isBefore(earliest)) {
      throw new IngestException("The plausible date range " + earliest + ".." + latest + " is empty: the latest "
          + "date must not be before the earliest.");
    }
    if (maxAmount.signum() <= 0) {
      throw new IngestException("The largest plausible amount must be positive, not " + maxAmount.toPlainString()
          + ".");
    }
  }

  /** 1900-01-01 .. today (UTC) + 1 year, amounts up to {@link #DEFAULT_MAX_AMOUNT}. */
  public static PlausibleRange defaults() {
    return new PlausibleRange(DEFAULT_EARLIEST, LocalDate.now(ZoneOffset.UTC).plusYears(1), DEFAULT_MAX_AMOUNT);
  }

  /** The defaults with any of the given bounds (null: keep the default) replaced. */
  public static PlausibleRange of(LocalDate earliest, LocalDate latest, BigDecimal maxAmount) {
    PlausibleRange d = defaults();
    return new PlausibleRange(earliest == null ? d.earliest : earliest, latest == null ? d.latest : latest,
        maxAmount == null ? d.maxAmount : maxAmount);
  }

  boolean contains(LocalDate date) {
    return !date.isBefore(earliest) && !date.isAfter(latest);
  }

  boolean contains(Instant instant) {
    // compare as epoch seconds: an Instant of year +300000 cannot be turned into a LocalDate safely everywhere
    return instant.getEpochSecond() >= earliest.atStartOfDay(ZoneOffset.UTC).toEpochSecond()
        && instant.getEpochSecond() < latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  boolean contains(BigDecimal amount) {
    return amount.abs().compareTo(maxAmount) <= 0;
  }

  String dates() {
    return earliest + ".." + latest;
  }
}
