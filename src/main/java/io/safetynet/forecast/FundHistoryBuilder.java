package io.safetynet.forecast;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns lag cells and enrolment counts into yearly fund histories: per region and fund, a monthly run-off
 * triangle from the region's first service month to the valuation month is completed by {@link ChainLadder},
 * summed to service years, and divided by that year's enrolled persons.
 *
 * <p>A year enters the history only when it is over at the valuation month (so the current year's first months
 * are not read as a full year) and the region has enrolment for it. Years between the first and the last complete
 * year with no payments of a fund count as 0 spending.
 */
public final class FundHistoryBuilder {
  private FundHistoryBuilder() {}

  public static List<FundHistory> build(List<LagCell> cells, List<EnrolmentCount> enrolment, YearMonth valuation) {
    Map<String, List<LagCell>> byRegion = cells.stream().collect(Collectors.groupingBy(LagCell::regionId));
    Map<String, Map<Integer, EnrolmentCount>> enrolled = new TreeMap<>();
    for (EnrolmentCount e : enrolment) {
      enrolled.computeIfAbsent(e.regionId(), k -> new TreeMap<>()).put(e.year(), e);
    }
    int lastCompleteYear = valuation.getMonthValue() == 12 ? valuation.getYear() : valuation.getYear() - 1;
    Integer partialYear = valuation.getMonthValue() == 12 ? null : valuation.getYear();
    List<FundHistory> out = new ArrayList<>();
    for (String region : new TreeMap<>(byRegion).keySet()) {
      List<LagCell> regionCells = byRegion.get(region);
      YearMonth first = regionCells.stream().map(LagCell::serviceMonth).min(YearMonth::compareTo).orElseThrow();
      if (first.isAfter(valuation)) {
        throw new ForecastException(
            region + ": service month " + first + " is after the valuation month " + valuation
                + "; check discharge dates and settled_at");
      }
      for (Fund fund : Fund.values()) {
        List<LagCell> fundCells = regionCells.stream().filter(c -> c.fund() == fund).collect(Collectors.toList());
        out.add(history(region, fund, fundCells, first, valuation, lastCompleteYear, partialYear,
            enrolled.getOrDefault(region, Map.of())));
      }
    }
    return out;
  }

  private static FundHistory history(String region, Fund fund, List<LagCell> cells, YearMonth first,
      YearMonth valuation, int lastCompleteYear, Integer partialYear, Map<Integer, EnrolmentCount> enrolled) {
    int months = (int) ChronoUnit.MONTHS.between(first, valuation) + 1;
    List<double[]> triangle = new ArrayList<>(months);
    for (int i = 0; i < months; i++) {
      triangle.add(new double[months - i]);
    }
    for (LagCell c : cells) {
      int row = (int) ChronoUnit.MONTHS.between(first, c.serviceMonth());
      double[] r = triangle.get(row);
      // a settlement dated after the valuation month cannot be seen yet; count it at the latest visible lag
      r[Math.min(c.lagMonths(), r.length - 1)] += c.amount().doubleValue();
    }
    ChainLadder.Result cl = ChainLadder.complete(triangle);
    SortedMap<Integer, Double> completedByYear = new TreeMap<>();
    SortedMap<Integer, Double> reportedByYear = new TreeMap<>();
    for (int i = 0; i < months; i++) {
      int year = first.plusMonths(i).getYear();
      completedByYear.merge(year, cl.completed()[i], Double::sum);
      reportedByYear.merge(year, cl.latestCumulative()[i], Double::sum);
    }
    List<YearValue> persons = new ArrayList<>();
    List<YearValue> perCapita = new ArrayList<>();
    SortedMap<Integer, BigDecimal> reported = new TreeMap<>();
    SortedMap<Integer, BigDecimal> completed = new TreeMap<>();
    for (Map.Entry<Integer, Double> e : completedByYear.entrySet()) {
      int year = e.getKey();
      EnrolmentCount count = enrolled.get(year);
      if (year > lastCompleteYear || count == null || count.personsFor(fund) <= 0) {
        continue;
      }
      long heads = count.personsFor(fund);
      persons.add(new YearValue(year, heads));
      perCapita.add(new YearValue(year, e.getValue() / heads));
      reported.put(year, Money.round(BigDecimal.valueOf(reportedByYear.get(year))));
      completed.put(year, Money.round(BigDecimal.valueOf(e.getValue())));
    }
    String label = region + "/" + fund.key();
    return new FundHistory(region, fund, new YearSeries(label + " enrolled persons", persons),
        new YearSeries(label + " per-capita spending", perCapita), reported, completed, cl.factors(), partialYear);
  }
}
