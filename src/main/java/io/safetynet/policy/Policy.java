package io.safetynet.policy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A region's policy: dated terms (e.g. Fuxin's assistance ratio 65% in 2019, 70% from 2020-01-01) for the
 * counties whose 6-digit code starts with one of {@code regionCodePrefixes}. {@code file} and {@code version}
 * say which config produced it; every settled claim records them.
 */
public record Policy(
    String id,
    String name,
    String file,
    String version,
    List<String> regionCodePrefixes,
    LocalDate validFrom,
    LocalDate validTo,
    List<Period> periods)
    implements Serializable {
  public Policy {
    regionCodePrefixes = List.copyOf(regionCodePrefixes);
    periods = List.copyOf(periods);
    if (periods.isEmpty() || !periods.get(0).from().equals(validFrom)) {
      throw new IllegalArgumentException("policy " + id + ": the first period must start on validFrom " + validFrom);
    }
  }

  /**
   * Whether the policy is in force on a date: validFrom..validTo inclusive (ruling R7, policy owners 2026-12-07:
   * dated terms mean what they say, for every claim).
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  /**
   * The terms of the period a date falls in; a date outside validFrom..validTo gets the nearest period's terms, so
   * callers that settle claims check {@link #inForceOn} first.
   */
  public PolicyTerms termsOn(LocalDate date) {
    PolicyTerms terms = periods.get(0).terms();
    for (Period p : periods) {
      if (!p.from().isAfter(date)) {
        terms = p.terms();
      }
    }
    return terms;
  }

  public boolean covers(String regionCode) {
    if (regionCode == null) {
      return false;
    }
    for (String prefix : regionCodePrefixes) {
      if (regionCode.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  public boolean validIn(int year) {
    return validFrom.getYear() <= year && (validTo == null || validTo.getYear() >= year);
  }
}
