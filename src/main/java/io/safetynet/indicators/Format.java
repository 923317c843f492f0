package io.safetynet.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How reports and the dashboard print shares and yuan (display only; money is never re-rounded here). */
public final class Format {
  private Format() {}

  /** 0.2333 -> "23.3%"; null -> "-". */
  public static String pct(BigDecimal share) {
    return share == null ? "-" : points(share) + "%";
  }

  /** 0.1533 -> "15.3" (percentage points); null -> "-". */
  public static String points(BigDecimal share) {
    return share == null ? "-"
        : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** 9200 -> "9,200.00"; null -> "-". BigDecimal formatting: no double, so 9999999999999999.99 stays exact. */
  public static String yuan(BigDecimal amount) {
    return amount == null ? "-" : String.format("%,.2f", amount);
  }
}
