package io.safetynet.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money is exact decimal yuan. The one rounding rule of the product lives here: each fund's payment on a claim is
 * rounded half-up to 0.01 (POLICY.md §2).
 */
public final class Money {
  public static final BigDecimal ZERO = new BigDecimal("0.00");
  /** |T - P - O| above this makes a claim invalid input (POLICY.md §2). */
  public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private Money() {}

  public static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal of(String yuan) {
    return round(new BigDecimal(yuan));
  }

  public static BigDecimal max0(BigDecimal a) {
    return a.signum() < 0 ? ZERO : a;
  }

  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** T = P + O within the tolerance. */
  public static boolean addsUp(BigDecimal total, BigDecimal inPolicy, BigDecimal outOfCatalogue) {
    return total.subtract(inPolicy).subtract(outOfCatalogue).abs().compareTo(TOLERANCE) <= 0;
  }
}
