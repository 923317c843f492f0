package io.safetynet.forecast;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts revenue against forecast spending, year by year. Revenue = projected enrolled persons × configured
 * per-capita financing; expenditure = projected enrolled persons × forecast per-capita spending (point and
 * interval). Because both sides scale with the same enrolment, whether a fund runs short depends only on
 * per-capita spending against per-capita financing; enrolment uncertainty scales the amounts, not the verdict, so
 * the enrolment point forecast is used. Forecast per-capita spending below 0 (a falling trend run far out) is cut
 * at 0, since a fund cannot spend less than nothing.
 */
public final class FundProjection {
  private FundProjection() {}

  /**
   * @param enrolled projected enrolled persons per year (point values used), same years as {@code perCapitaSpending}
   * @param perCapitaSpending forecast per-capita spending of the fund, yuan, with intervals
   */
  public static FundOutlook project(
      String regionId,
      Fund fund,
      String method,
      List<Prediction> enrolled,
      List<Prediction> perCapitaSpending,
      FinancingConfig financing) {
    if (enrolled.size() != perCapitaSpending.size() || perCapitaSpending.isEmpty()) {
      throw new ForecastException(
          regionId + "/" + fund.key() + ": enrolment and spending forecasts must cover the same years, got "
              + enrolled.size() + " and " + perCapitaSpending.size());
    }
    double level = perCapitaSpending.get(0).level();
    List<ProjectionYear> years = new ArrayList<>();
    for (int i = 0; i < perCapitaSpending.size(); i++) {
      Prediction spend = perCapitaSpending.get(i);
      Prediction persons = enrolled.get(i);
      if (persons.year() != spend.year()) {
        throw new ForecastException(
            regionId + "/" + fund.key() + ": enrolment forecast year " + persons.year() + " does not match spending "
                + "forecast year " + spend.year());
      }
      long heads = Math.max(0, Math.round(persons.point()));
      BigDecimal perPerson = financing.perCapita(regionId, fund, spend.year()).yuanPerPerson();
      BigDecimal revenue = Money.round(perPerson.multiply(BigDecimal.valueOf(heads)));
      BigDecimal lower = yuan(heads * Math.max(0, spend.lower()));
      BigDecimal point = yuan(heads * Math.max(0, spend.point()));
      BigDecimal upper = yuan(heads * Math.max(0, spend.upper()));
      years.add(
          new ProjectionYear(
              spend.year(), heads, perPerson, revenue, lower, point, upper, revenue.subtract(point),
              revenue.subtract(upper), level));
    }
    return new FundOutlook(regionId, fund, method, level, years);
  }

  static BigDecimal yuan(double amount) {
    return Money.round(BigDecimal.valueOf(amount));
  }
}
