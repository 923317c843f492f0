package io.safetynet.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * One dashboard section as it is embedded (JSON): a table of already formatted (and suppressed) cells, and a chart
 * whose series hold numbers or null for suppressed points, so a suppressed value never reaches the file.
 */
public final class DashboardSection {
  public final String id;
  public final String title;
  public final String note;
  public final List<String> columns;
  public final List<List<String>> rows = new ArrayList<>();
  public final List<String> x = new ArrayList<>();
  public final List<Series> series = new ArrayList<>();
  public final boolean percent;

  DashboardSection(String id, String title, String note, List<String> columns, boolean percent) {
    this.id = id;
    this.title = title;
    this.note = note;
    this.columns = List.copyOf(columns);
    this.percent = percent;
  }

  Series series(String name, String type) {
    Series s = new Series(name, type);
    series.add(s);
    return s;
  }

  /** A chart series: ECharts type (bar, line) and one value (or null) per x label. */
  public static final class Series {
    public final String name;
    public final String type;
    public final List<Number> data = new ArrayList<>();

    Series(String name, String type) {
      this.name = name;
      this.type = type;
    }
  }
}
