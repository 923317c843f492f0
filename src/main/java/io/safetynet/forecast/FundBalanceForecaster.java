package io.safetynet.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns each projection into a roll-forward: the fund's history from its configured opening balance, then the
 * projected years, with the Monte Carlo distribution of the closing balance. The simulation depends on the method,
 * not on the interval level, so it runs once per region, fund and method and is shared by that method's levels.
 */
public final class FundBalanceForecaster {
  private FundBalanceForecaster() {}

  /** Roll-forwards made, and one line per projection left without one and why. */
  public record Outcome(List<FundRollForward> rollForwards, List<String> notes) {
    public Outcome {
      rollForwards = List.copyOf(rollForwards);
      notes = List.copyOf(notes);
    }
  }

  public static Outcome rollForward(FundForecaster.Outcome projections, List<FundHistory> histories,
      List<EnrolmentCount> enrolment, FinancingConfig financing, BalanceSimulation simulation) {
    Map<String, Map<Integer, EnrolmentCount>> counts = new HashMap<>();
    for (EnrolmentCount e : enrolment) {
      counts.computeIfAbsent(e.regionId(), k -> new TreeMap<>()).put(e.year(), e);
    }
    Map<String, List<BalanceDistribution>> simulated = new HashMap<>();
    List<FundRollForward> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (FundOutlook o : projections.outlooks()) {
      FundHistory h = histories.stream().filter(x -> x.regionId().equals(o.regionId()) && x.fund() == o.fund())
          .findFirst().orElse(null);
      if (h == null) {
        continue;
      }
      OpeningBalance opening = financing.openingBalance(o.regionId(), o.fund());
      List<RollForwardYear> years;
      try {
        years = new ArrayList<>(FundRollForward.history(h, counts.getOrDefault(o.regionId(), Map.of()), financing,
            opening.yuan()));
      } catch (FinancingConfigException e) {
        String note = h.label() + ": no roll-forward: " + e.getMessage();
        if (!notes.contains(note)) {
          notes.add(note);
        }
        continue;
      }
      BigDecimal start = years.isEmpty() ? opening.yuan() : years.get(years.size() - 1).closingBalance();
      years.addAll(FundRollForward.projection(o, start, financing));
      String key = o.regionId() + "/" + o.fund().key() + "/" + o.method();
      List<BalanceDistribution> distribution;
      try {
        distribution = simulated.computeIfAbsent(key, k -> simulate(simulation, h, o, start));
      } catch (ForecastException e) {
        // the point roll-forward stands on its own; say why there is no band rather than drop the fund
        notes.add(h.label() + " [" + o.method() + "]: balance not simulated: " + e.getMessage());
        simulated.put(key, List.of());
        distribution = List.of();
      }
      out.add(new FundRollForward(o.regionId(), o.fund(), o.method(), o.level(), opening, years, distribution,
          financing.extension(o.regionId(), o.fund())));
    }
    return new Outcome(out, notes);
  }

  private static List<BalanceDistribution> simulate(BalanceSimulation simulation, FundHistory h, FundOutlook o,
      BigDecimal start) {
    int n = o.years().size();
    int[] years = new int[n];
    long[] enrolled = new long[n];
    BigDecimal[] revenue = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      ProjectionYear y = o.years().get(i);
      years[i] = y.year();
      enrolled[i] = y.enrolled();
      revenue[i] = y.revenue();
    }
    return simulation.simulate(SpendingPaths.forMethod(o.method(), h.perCapitaSpending()), years, enrolled, revenue,
        start);
  }
}
