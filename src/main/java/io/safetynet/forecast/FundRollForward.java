package io.safetynet.forecast;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fund's balance year by year, history then projection, for one method and interval level:
 * opening + revenue − expenditure = closing, the first year opening at the configured balance. The first annual
 * deficit and the depletion year (first closing balance below zero) are different questions: a fund with reserves
 * can run deficits for years before it is depleted. {@code distribution} holds the Monte Carlo percentiles and
 * depletion probabilities of the projected years (empty when not simulated).
 */
public record FundRollForward(String regionId, Fund fund, String method, double level, OpeningBalance opening,
    List<RollForwardYear> years, List<BalanceDistribution> distribution, String financingExtension) {
  public FundRollForward {
    years = List.copyOf(years);
    distribution = List.copyOf(distribution);
  }

  public Optional<RollForwardYear> firstDeficit() {
    return years.stream().filter(RollForwardYear::isDeficit).findFirst();
  }

  public Optional<RollForwardYear> depletion() {
    return years.stream().filter(RollForwardYear::isDepleted).findFirst();
  }

  public Optional<BalanceDistribution> distributionFor(int year) {
    return distribution.stream().filter(d -> d.year() == year).findFirst();
  }

  /** The closing balance of the last history year (the opening balance when there is no history). */
  public BigDecimal lastHistoryClosing() {
    return years.stream().filter(y -> !y.projected()).reduce((a, b) -> b).map(RollForwardYear::closingBalance)
        .orElse(opening.yuan());
  }

  /**
   * History years of {@code history}: revenue from the financing in force and, for basic, the enrolment table's
   * premiums in place of the configured personal contribution where it has them; expenditure the lag-completed
   * spending.
   *
   * @throws FinancingConfigException when the financing file has no value for a history year
   */
  public static List<RollForwardYear> history(FundHistory history, Map<Integer, EnrolmentCount> enrolment,
      FinancingConfig financing, BigDecimal opening) {
    List<RollForwardYear> out = new ArrayList<>();
    BigDecimal balance = opening;
    for (YearValue e : history.enrolled().points()) {
      long heads = Math.round(e.value());
      Financing f = financing.perCapita(history.regionId(), history.fund(), e.year());
      EnrolmentCount count = enrolment.get(e.year());
      BigDecimal revenue;
      String basis;
      if (history.fund() == Fund.BASIC && f.split() && count != null && count.premiums() != null) {
        // what persons paid (or public funds paid for them) replaces the configured personal contribution
        revenue = Money.round(f.subsidy().subtract(f.carvedOut()).multiply(BigDecimal.valueOf(heads))
            .add(count.premiums()));
        basis = "subsidy " + f.subsidy().toPlainString() + " a person + premiums " + count.premiums().toPlainString()
            + " from the enrolment table − carve-out " + f.carvedOut().toPlainString() + " a person";
      } else {
        revenue = Money.round(f.yuanPerPerson().multiply(BigDecimal.valueOf(heads)));
        basis = f.yuanPerPerson().toPlainString() + " a person (" + f.basis() + ")";
      }
      BigDecimal spent = history.completedSpending().getOrDefault(e.year(), Money.ZERO);
      BigDecimal closing = balance.add(revenue).subtract(spent);
      out.add(new RollForwardYear(e.year(), false, heads, revenue, spent, balance, closing, basis));
      balance = closing;
    }
    return out;
  }

  /** Projected years of {@code outlook}, carried on from {@code opening} (the last history closing balance). */
  public static List<RollForwardYear> projection(FundOutlook outlook, BigDecimal opening, FinancingConfig financing) {
    List<RollForwardYear> out = new ArrayList<>();
    BigDecimal balance = opening;
    for (ProjectionYear y : outlook.years()) {
      BigDecimal closing = balance.add(y.revenue()).subtract(y.expenditurePoint());
      out.add(new RollForwardYear(y.year(), true, y.enrolled(), y.revenue(), y.expenditurePoint(), balance, closing,
          y.financingPerPerson().toPlainString() + " a person ("
              + financing.perCapita(outlook.regionId(), outlook.fund(), y.year()).basis() + ")"));
      balance = closing;
    }
    return out;
  }
}
