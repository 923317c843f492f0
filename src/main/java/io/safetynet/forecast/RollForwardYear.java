package io.safetynet.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One year of a fund's roll-forward: opening balance + revenue − expenditure = closing balance. History years
 * carry lag-completed spending and revenue from enrolment and financing; projected years the point forecast.
 * {@code revenueBasis} says where the revenue came from (premium columns or the financing file and its rule).
 */
public record RollForwardYear(int year, boolean projected, long enrolled, BigDecimal revenue, BigDecimal expenditure,
    BigDecimal openingBalance, BigDecimal closingBalance, String revenueBasis) {
  public RollForwardYear {
    if (openingBalance.add(revenue).subtract(expenditure).compareTo(closingBalance) != 0) {
      throw new IllegalArgumentException(year + ": closing balance " + closingBalance + " is not opening "
          + openingBalance + " + revenue " + revenue + " − expenditure " + expenditure);
    }
  }

  /** Revenue − expenditure of the year alone. */
  public BigDecimal annualBalance() {
    return revenue.subtract(expenditure);
  }

  /** The year spends more than it raises (an annual deficit, 当期赤字). */
  public boolean isDeficit() {
    return annualBalance().signum() < 0;
  }

  /** The accumulated balance is below zero at the end of the year (the fund is depleted, 累计结余穿底). */
  public boolean isDepleted() {
    return closingBalance.signum() < 0;
  }

  /**
   * Months of payments the closing balance covers at this year's spending rate: closing ÷ (expenditure / 12), one
   * decimal; negative when the fund is depleted (months of payments it owes); null when the year spends nothing.
   */
  public BigDecimal monthsOfCover() {
    if (expenditure.signum() == 0) {
      return null;
    }
    return closingBalance.multiply(BigDecimal.valueOf(12)).divide(expenditure, 1, RoundingMode.HALF_UP);
  }
}
