package io.safetynet.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rolling backtest as text: per series a table of MASE, interval score and coverage by method and horizon, then
 * plain sentences wherever a method does worse than a naive benchmark at some horizon, then what was not backtested.
 */
public final class BacktestReport {
  private BacktestReport() {}

  public static String of(FundBacktest.Outcome outcome, int maxHorizon, double level) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Rolling-origin backtest: fit on the first t years (t >= %d), forecast 1 to "
        + "%d years ahead from every origin.%nMASE: mean absolute error / in-sample one-step last-value MAE (lower "
        + "is better); interval score of the %s interval (Gneiting & Raftery 2007; lower is better), yuan%n",
        RollingBacktest.MIN_FIT, maxHorizon, pct(level)));
    Map<String, List<RollingBacktest.HorizonScore>> bySeries = outcome.scores().stream()
        .collect(Collectors.groupingBy(RollingBacktest.HorizonScore::series, LinkedHashMap::new, Collectors.toList()));
    List<String> losses = new ArrayList<>();
    Set<String> benchmarkNames = FundBacktest.benchmarks().stream().map(ForecastMethod::name)
        .collect(Collectors.toSet());
    for (Map.Entry<String, List<RollingBacktest.HorizonScore>> e : bySeries.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%n== %s ==%n%-11s %3s %5s %8s %16s %9s%n", e.getKey(), "method", "h",
          "n", "MASE", "interval score", "coverage"));
      for (RollingBacktest.HorizonScore s : e.getValue()) {
        sb.append(String.format(Locale.ROOT, "%-11s %3d %5d %8s %,16.2f %8.0f%%%n", s.method(), s.horizon(),
            s.forecasts(), mase(s.mase()), s.intervalScore(), 100 * s.coverage()));
      }
      losses.addAll(losses(e.getKey(), e.getValue(), benchmarkNames));
    }
    if (!bySeries.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nAgainst the naive benchmarks (last-value, drift):%n"));
      if (losses.isEmpty()) {
        sb.append("  no method loses to a naive benchmark at any horizon, on MASE or on interval score\n");
      }
      losses.forEach(l -> sb.append("  ").append(l).append('\n'));
    }
    if (!outcome.notes().isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nNot backtested (%d):%n", outcome.notes().size()));
      outcome.notes().forEach(n -> sb.append("  ").append(n).append('\n'));
    }
    return sb.toString();
  }

  /** One sentence per method, benchmark and score where the method is worse at one or more horizons. */
  static List<String> losses(String series, List<RollingBacktest.HorizonScore> scores, Set<String> benchmarks) {
    Map<String, Map<Integer, RollingBacktest.HorizonScore>> byMethod = new LinkedHashMap<>();
    for (RollingBacktest.HorizonScore s : scores) {
      byMethod.computeIfAbsent(s.method(), m -> new LinkedHashMap<>()).put(s.horizon(), s);
    }
    List<String> out = new ArrayList<>();
    for (String method : byMethod.keySet()) {
      if (benchmarks.contains(method)) {
        continue;
      }
      for (String benchmark : benchmarks.stream().sorted((a, b) -> a.equals("last-value") ? -1 : b.equals(
          "last-value") ? 1 : a.compareTo(b)).toList()) {
        Map<Integer, RollingBacktest.HorizonScore> base = byMethod.get(benchmark);
        if (base == null) {
          continue;
        }
        List<String> maseLost = new ArrayList<>();
        List<String> isLost = new ArrayList<>();
        for (RollingBacktest.HorizonScore s : byMethod.get(method).values()) {
          RollingBacktest.HorizonScore b = base.get(s.horizon());
          if (b == null) {
            continue;
          }
          if (s.mase() > b.mase()) {
            maseLost.add(String.format(Locale.ROOT, "%.2f against %.2f %s", s.mase(), b.mase(), ahead(s.horizon())));
          }
          if (s.intervalScore() > b.intervalScore()) {
            isLost.add(String.format(Locale.ROOT, "%,.0f against %,.0f %s", s.intervalScore(), b.intervalScore(),
                ahead(s.horizon())));
          }
        }
        if (!maseLost.isEmpty()) {
          out.add(method + " loses to " + benchmark + " on " + series + ": MASE " + String.join("; ", maseLost));
        }
        if (!isLost.isEmpty()) {
          out.add(method + " intervals lose to " + benchmark + " on " + series + ": interval score "
              + String.join("; ", isLost));
        }
      }
    }
    return out;
  }

  private static String ahead(int h) {
    return h == 1 ? "(1 year ahead)" : "(" + h + " years ahead)";
  }

  private static String mase(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String pct(double level) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * level);
  }
}
