package io.safetynet.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run-off triangle of cumulative amounts: one row per origin period (accident / service year), column k =
 * development period k + 1. Rows are ragged: row i holds development periods 1..{@link #developed(int)}, with no gap.
 * Amounts may decrease from one period to the next (recoveries, reversed claims); they only have to be numbers.
 *
 * <p>CSV form ({@link #read}): header {@code origin,development,cumulative}, one cell per line, development
 * <b>1-based</b> as in R's ChainLadder ({@code dev = 1..n}) and in Mack (1993), so a published triangle can be
 * typed in as printed. Origins are labels; they are ordered numerically when all are whole numbers, else as text
 * (so {@code 2018-01} sorts before {@code 2018-02}).
 */
public final class Triangle {
  private final String source;
  private final List<String> origins;
  private final double[][] cumulative;

  private Triangle(String source, List<String> origins, double[][] cumulative) {
    this.source = source;
    this.origins = List.copyOf(origins);
    this.cumulative = cumulative;
  }

  /** A triangle from rows of cumulative amounts (row i: development 1..rows[i].length). */
  public static Triangle of(String source, List<String> origins, double[][] rows) {
    if (origins.size() != rows.length || rows.length == 0) {
      throw new ForecastException(source + ": need one row per origin and at least one origin, got " + origins.size()
          + " origins and " + rows.length + " rows");
    }
    double[][] copy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length == 0) {
        throw new ForecastException(source + ": origin " + origins.get(i) + " has no development period 1");
      }
      copy[i] = rows[i].clone();
    }
    return new Triangle(source, origins, copy);
  }

  /** Reads the CSV form; every error names the file and, for a bad row, its line. */
  public static Triangle read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ForecastException(file + ": cannot read the triangle (" + e.getMessage() + ")");
    }
    String name = file.toString();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw new ForecastException(name + ": empty file; expected a header origin,development,cumulative");
    }
    String header = lines.get(first).replace("\uFEFF", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    if (!header.equals("origin,development,cumulative")) {
      throw new ForecastException(name + ":" + (first + 1) + ": header must be origin,development,cumulative, got '"
          + lines.get(first).strip() + "'");
    }
    Map<String, TreeMap<Integer, Cell>> byOrigin = new LinkedHashMap<>();
    for (int n = first + 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String where = name + ":" + (n + 1) + ": ";
      String[] f = line.split(",", -1);
      if (f.length != 3) {
        throw new ForecastException(where + "expected 3 fields origin,development,cumulative, got " + f.length
            + " in '" + line.strip() + "'");
      }
      String origin = f[0].strip();
      if (origin.isEmpty()) {
        throw new ForecastException(where + "origin is empty");
      }
      int dev;
      try {
        dev = Integer.parseInt(f[1].strip());
      } catch (NumberFormatException e) {
        throw new ForecastException(where + "development must be a whole number, got '" + f[1].strip() + "'");
      }
      if (dev < 1) {
        throw new ForecastException(where + "development periods are 1-based (the first is 1), got " + dev);
      }
      double value;
      try {
        value = Double.parseDouble(f[2].strip());
      } catch (NumberFormatException e) {
        throw new ForecastException(where + "cumulative must be a number, got '" + f[2].strip() + "'");
      }
      if (!Double.isFinite(value)) {
        throw new ForecastException(where + "cumulative must be a finite number, got '" + f[2].strip() + "'");
      }
      Cell earlier = byOrigin.computeIfAbsent(origin, o -> new TreeMap<>()).putIfAbsent(dev, new Cell(value, n + 1));
      if (earlier != null) {
        throw new ForecastException(where + "origin " + origin + " development " + dev + " given twice (also line "
            + earlier.line + ")");
      }
    }
    if (byOrigin.isEmpty()) {
      throw new ForecastException(name + ": no rows after the header");
    }
    List<String> origins = new ArrayList<>(byOrigin.keySet());
    origins.sort(originOrder(origins));
    double[][] rows = new double[origins.size()][];
    for (int i = 0; i < origins.size(); i++) {
      TreeMap<Integer, Cell> cells = byOrigin.get(origins.get(i));
      int expected = 1;
      for (Map.Entry<Integer, Cell> e : cells.entrySet()) {
        if (e.getKey() != expected) {
          throw new ForecastException(name + ":" + e.getValue().line + ": origin " + origins.get(i) + " jumps to "
              + "development " + e.getKey() + " without development " + expected + " (a row must run 1, 2, 3, ... "
              + "without gaps)");
        }
        expected++;
      }
      rows[i] = cells.values().stream().mapToDouble(c -> c.value).toArray();
    }
    return new Triangle(name, origins, rows);
  }

  private record Cell(double value, int line) {}

  private static Comparator<String> originOrder(List<String> origins) {
    boolean numeric = origins.stream().allMatch(o -> o.matches("-?\\d{1,18}"));
    return numeric ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder();
  }

  /** Where the triangle came from (file name), for messages. */
  public String source() {
    return source;
  }

  public int originCount() {
    return origins.size();
  }

  public String origin(int i) {
    return origins.get(i);
  }

  public List<String> origins() {
    return origins;
  }

  /** Number of development periods observed for origin {@code i} (its latest is development {@code developed(i)}). */
  public int developed(int i) {
    return cumulative[i].length;
  }

  /** The largest development period observed in any origin. */
  public int width() {
    int w = 0;
    for (double[] row : cumulative) {
      w = Math.max(w, row.length);
    }
    return w;
  }

  /** Cumulative amount of origin {@code i} at development period {@code k + 1} (k 0-based, k &lt; developed(i)). */
  public double cumulative(int i, int k) {
    return cumulative[i][k];
  }

  /** The latest (diagonal) cumulative amount of origin {@code i}. */
  public double latest(int i) {
    return cumulative[i][cumulative[i].length - 1];
  }
}
