package io.safetynet.forecast;

import java.math.BigDecimal;

/**
 * One projected year of one fund: revenue (enrolled × per-capita financing) against expenditure (enrolled ×
 * forecast per-capita spending, with its interval at {@code level}). {@code balance} = revenue − expenditure
 * point; {@code balanceAtUpper} = revenue − expenditure upper bound (the cautious view).
 */
public record ProjectionYear(
    int year,
    long enrolled,
    BigDecimal financingPerPerson,
    BigDecimal revenue,
    BigDecimal expenditureLower,
    BigDecimal expenditurePoint,
    BigDecimal expenditureUpper,
    BigDecimal balance,
    BigDecimal balanceAtUpper,
    double level) {
  /** Expected expenditure exceeds revenue. */
  public boolean isShort() {
    return balance.signum() < 0;
  }

  /** The upper bound of expenditure exceeds revenue (the cautious reading). */
  public boolean isShortAtUpper() {
    return balanceAtUpper.signum() < 0;
  }
}
