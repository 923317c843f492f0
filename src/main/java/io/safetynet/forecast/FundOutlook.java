package io.safetynet.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The projection of one fund in one region by one method at one interval level, year by year. */
public record FundOutlook(String regionId, Fund fund, String method, double level, List<ProjectionYear> years) {
  public FundOutlook {
    years = List.copyOf(years);
  }

  /** The first year expected expenditure exceeds revenue, if any within the horizon. */
  public Optional<ProjectionYear> firstShortYear() {
    return years.stream().filter(ProjectionYear::isShort).findFirst();
  }

  /** The first year the expenditure upper bound exceeds revenue, if any within the horizon. */
  public Optional<ProjectionYear> firstShortYearAtUpper() {
    return years.stream().filter(ProjectionYear::isShortAtUpper).findFirst();
  }

  /** How much the fund is short in its first short year (positive yuan), or zero. */
  public BigDecimal shortfall() {
    return firstShortYear().map(y -> y.balance().negate()).orElse(BigDecimal.ZERO.setScale(2));
  }

  /** How much the fund is short in its first short year at the expenditure upper bound, or zero. */
  public BigDecimal shortfallAtUpper() {
    return firstShortYearAtUpper().map(y -> y.balanceAtUpper().negate()).orElse(BigDecimal.ZERO.setScale(2));
  }
}
