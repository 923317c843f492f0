package io.safetynet.forecast;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * The yearly history of one fund in one region, ready to forecast: enrolled persons and per-capita spending by
 * complete year, with the reported and lag-completed spending behind them and the chain-ladder factors used.
 * {@code partialYear} is the valuation year when it was left out because it is not over yet (else null).
 */
public record FundHistory(
    String regionId,
    Fund fund,
    YearSeries enrolled,
    YearSeries perCapitaSpending,
    SortedMap<Integer, BigDecimal> reportedSpending,
    SortedMap<Integer, BigDecimal> completedSpending,
    double[] lagFactors,
    Integer partialYear) {
  public String label() {
    return regionId + "/" + fund.key();
  }
}
