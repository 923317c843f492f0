package io.safetynet.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Fund payments of one region by service month (discharge month) and reporting lag (whole months from discharge to
 * settlement); the cell of a run-off triangle, aggregated from the settlement table.
 */
public record LagCell(String regionId, Fund fund, YearMonth serviceMonth, int lagMonths, BigDecimal amount) {
  public LagCell {
    if (lagMonths < 0) {
      throw new IllegalArgumentException("lag must be >= 0 months, got " + lagMonths + " for " + serviceMonth);
    }
  }
}
