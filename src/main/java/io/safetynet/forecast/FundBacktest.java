package io.safetynet.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Rolling-origin backtests of every fund's series against the naive benchmarks: per-capita spending (what the
 * projection forecasts), lag-completed spending, revenue (enrolled × per-capita financing in force that year) and
 * balance (revenue − spending), each by every method and by last-value and drift.
 *
 * <p>A history too short for any backtest is said once per region, with what is needed; a method that cannot run
 * on a series (log-linear on a balance that goes negative) is said once per series.
 */
public final class FundBacktest {
  private FundBacktest() {}

  /** Scores of methods and benchmarks, and notes on what was not backtested and why. */
  public record Outcome(List<RollingBacktest.HorizonScore> scores, List<String> notes) {
    public Outcome {
      scores = List.copyOf(scores);
      notes = List.copyOf(notes);
    }
  }

  public static List<ForecastMethod> benchmarks() {
    return List.of(NaiveBenchmark.lastValue(), NaiveBenchmark.drift());
  }

  public static Outcome run(List<FundHistory> histories, FinancingConfig financing, List<ForecastMethod> methods,
      int maxHorizon, double level) {
    List<RollingBacktest.HorizonScore> scores = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, List<FundHistory>> shortByRegion = new LinkedHashMap<>();
    Map<String, Integer> fundsByRegion = new LinkedHashMap<>();
    List<ForecastMethod> all = new ArrayList<>(methods);
    all.addAll(benchmarks());
    for (FundHistory h : histories) {
      fundsByRegion.merge(h.regionId(), 1, Integer::sum);
      if (h.perCapitaSpending().size() < RollingBacktest.MIN_YEARS) {
        shortByRegion.computeIfAbsent(h.regionId(), r -> new ArrayList<>()).add(h);
        continue;
      }
      for (YearSeries s : series(h, financing, notes)) {
        for (ForecastMethod m : all) {
          try {
            scores.addAll(RollingBacktest.run(s, m, maxHorizon, level));
          } catch (ForecastException e) {
            notes.add(m.name() + " not backtested on " + s.label() + ": " + e.getMessage());
          }
        }
      }
    }
    List<String> shortNotes = new ArrayList<>();
    shortByRegion.forEach((region, list) -> {
      FundHistory longest = list.stream().max((a, b) -> a.perCapitaSpending().size() - b.perCapitaSpending().size())
          .orElseThrow();
      String who = list.size() == fundsByRegion.get(region) ? region
          : region + " (" + String.join(", ", list.stream().map(x -> x.fund().displayName()).toList()) + ")";
      shortNotes.add("Backtest needs at least " + RollingBacktest.MIN_YEARS + " years of history; " + who + " has "
          + years(longest.perCapitaSpending()));
    });
    shortNotes.addAll(notes);
    return new Outcome(scores, shortNotes);
  }

  private static String years(YearSeries s) {
    return s.size() + (s.size() == 1 ? " (" + s.firstYear() + ")" : " (" + s.firstYear() + "-" + s.lastYear() + ")");
  }

  /** The series of one fund history that exist; revenue and balance only where financing covers every year. */
  static List<YearSeries> series(FundHistory h, FinancingConfig financing, List<String> notes) {
    String where = " in " + h.regionId();
    String fund = h.fund().displayName();
    List<YearSeries> out = new ArrayList<>();
    out.add(new YearSeries(fund + " per-capita spending" + where, h.perCapitaSpending().points()));
    YearSeries spending = fromMap(fund + " spending" + where, h.completedSpending());
    out.add(spending);
    List<YearValue> revenue = new ArrayList<>();
    List<YearValue> balance = new ArrayList<>();
    try {
      for (YearValue e : h.enrolled().points()) {
        BigDecimal perPerson = financing.perCapita(h.regionId(), h.fund(), e.year()).yuanPerPerson();
        double r = perPerson.doubleValue() * e.value();
        revenue.add(new YearValue(e.year(), r));
        BigDecimal spent = h.completedSpending().get(e.year());
        if (spent != null) {
          balance.add(new YearValue(e.year(), r - spent.doubleValue()));
        }
      }
    } catch (FinancingConfigException e) {
      notes.add("revenue and balance not backtested for " + fund + where + ": " + e.getMessage());
      return out;
    }
    out.add(new YearSeries(fund + " revenue" + where, revenue));
    out.add(new YearSeries(fund + " balance" + where, balance));
    return out;
  }

  private static YearSeries fromMap(String label, SortedMap<Integer, BigDecimal> values) {
    List<YearValue> points = new ArrayList<>();
    values.forEach((year, v) -> points.add(new YearValue(year, v.doubleValue())));
    return new YearSeries(label, points);
  }
}
