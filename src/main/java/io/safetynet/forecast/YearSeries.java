package io.safetynet.forecast;

import java.util.List;

/**
 * A yearly history (years strictly increasing, gaps allowed), e.g. per-capita spending of one fund in one region.
 * {@code label} names the series in error messages ("xiaogan/basic per-capita spending").
 */
public record YearSeries(String label, List<YearValue> points) {
  public YearSeries {
    points = List.copyOf(points);
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).year() <= points.get(i - 1).year()) {
        throw new ForecastException(
            label + ": years must be strictly increasing, got " + points.get(i - 1).year() + " then "
                + points.get(i).year());
      }
    }
  }

  public static YearSeries of(String label, int firstYear, double... values) {
    YearValue[] pts = new YearValue[values.length];
    for (int i = 0; i < values.length; i++) {
      pts[i] = new YearValue(firstYear + i, values[i]);
    }
    return new YearSeries(label, List.of(pts));
  }

  public int size() {
    return points.size();
  }

  public int firstYear() {
    return points.get(0).year();
  }

  public int lastYear() {
    return points.get(points.size() - 1).year();
  }

  /** The first {@code n} points (the fitting part of a backtest). */
  public YearSeries head(int n) {
    return new YearSeries(label, points.subList(0, n));
  }

  /** The last {@code n} points (the held-out part of a backtest). */
  public YearSeries tail(int n) {
    return new YearSeries(label, points.subList(points.size() - n, points.size()));
  }

  /** Fails with a message naming the series when it has fewer than {@code min} points. */
  public void requireAtLeast(int min, String method) {
    if (size() < min) {
      throw new ForecastException(
          label + ": " + method + " needs at least " + min + " years of history, got " + size()
              + "; wait for more complete years or use a region/fund with a longer history");
    }
  }
}
