package io.safetynet.forecast;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.NavigableMap;

/**
 * One fund's dated financing in one region: configured years, the optional rule after the last one, and the
 * opening balance. Amounts are before any carve-out; {@link FinancingConfig} applies the carve-out.
 */
record FundSchedule(NavigableMap<Integer, Financing> years, FinancingRule after, OpeningBalance openingBalance) {

  int lastYear() {
    return years.lastKey();
  }

  /**
   * The configured value in force in {@code year}, or the last one grown by the {@code after} rule; null when the
   * year is after the last configured year and no rule says how financing continues.
   */
  Financing at(int year) {
    Map.Entry<Integer, Financing> e = years.floorEntry(year);
    if (e == null) {
      return null;
    }
    if (year <= lastYear()) {
      return e.getValue();
    }
    if (after == null) {
      return null;
    }
    Financing last = e.getValue();
    int n = year - last.fromYear();
    // exact decimal compounding, so a rule's values can be checked by hand to the cent
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(after.growth())).pow(n, MathContext.DECIMAL64);
    return new Financing(last.fromYear(), grow(last.subsidy(), factor), last.subsidySource(),
        last.personal() == null ? null : grow(last.personal(), factor), last.personalSource(), Money.ZERO,
        last.fromYear() + " value, " + after.describe() + ", " + n + (n == 1 ? " year" : " years"));
  }

  private static BigDecimal grow(BigDecimal v, BigDecimal factor) {
    return Money.round(v.multiply(factor));
  }
}
