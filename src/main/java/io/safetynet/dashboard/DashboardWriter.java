package io.safetynet.dashboard;

import io.safetynet.indicators.Format;
import io.safetynet.indicators.OutOfCatalogueIndicators;
import io.safetynet.indicators.PovertyTrend;
import io.safetynet.indicators.Tables;
import io.safetynet.inspect.InspectJob;
import static io.safetynet.indicators.Format.pct;
import static io.safetynet.indicators.Format.yuan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safetynet.forecast.spark.ForecastJob;
import io.safetynet.warehouse.WarehouseTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the nightly dashboard: ONE self-contained HTML file ({@code <warehouse>/dashboard/index.html}) that opens
 * from disk without a server. Apache ECharts (WebJar) and the data (JSON) are inlined. Every cell describing 1-4
 * persons (or households) is suppressed ({@link Suppression}) before it is embedded.
 */
public final class DashboardWriter {
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final MathContext MC = MathContext.DECIMAL64;
  private final String warehouseRoot;

  public DashboardWriter(String warehouseRoot) {
    this.warehouseRoot = warehouseRoot;
  }

  /** Returns where the dashboard is: a local path or a URI on the warehouse's file system. */
  public String write(SparkSession spark) {
    List<DashboardSection> sections = new ArrayList<>();
    sections.add(targets(spark));
    sections.add(outOfCatalogueByTier(spark));
    if (Tables.exists(spark, warehouseRoot, InspectJob.TABLE)) {
      sections.add(flaggedFacilities(spark));
    }
    sections.add(poverty(spark));
    sections.add(fundSpending(spark));
    if (Tables.exists(spark, warehouseRoot, ForecastJob.TABLE)) {
      sections.add(projection(spark));
    }
    // written aside, then renamed: a run killed mid-write leaves the previous dashboard whole
    return WarehouseTables.writeFile(spark, warehouseRoot, "dashboard/index.html", html(sections));
  }

  private List<Row> sql(SparkSession spark, String query) {
    return spark.sql(query.replaceAll("\\{(\\w+)}", "delta.`" + Tables.path(warehouseRoot, "$1") + "`"))
        .collectAsList();
  }

  private DashboardSection targets(SparkSession spark) {
    DashboardSection s = new DashboardSection("targets", "Reimbursement targets vs actual, by region and category",
        "Per person-year: ratio achieved = funds / base summed over persons; persons below target and the yuan"
            + " needed to bring them up to it; where the target is also a ceiling (ruling R8), persons above it and"
            + " the yuan paid beyond it (over-protection).",
        List.of("policy", "target", "year", "counties", "category", "persons", "below target", "share below",
            "achieved", "target ratio", "gap (yuan)", "above ceiling", "over-protection (yuan)"), true);
    DashboardSection.Series achieved = s.series("achieved %", "bar");
    DashboardSection.Series target = s.series("target %", "line");
    // the region's view: counties summed (persons add up across counties in ind_target_gap)
    for (Row r : sql(spark, "select policy_id, target_name, year, 'all' as counties, category,"
        + " sum(persons_evaluated), sum(persons_below), sum(funds), sum(base), max(target_ratio), sum(gap_yuan),"
        + " max(target_ceiling), sum(persons_above), sum(excess_yuan)"
        + " from {ind_target_gap} group by policy_id, target_name, year, category"
        + " order by policy_id, target_name, year, category")) {
      long persons = r.isNullAt(5) ? 0 : r.getLong(5);
      BigDecimal ratio = ratio(r.getDecimal(7), r.getDecimal(8));
      s.rows.add(List.of(text(r, 0), text(r, 1), text(r, 2), text(r, 3),
          text(r, 4), Suppression.cell(persons, String.valueOf(persons)),
          Suppression.cell(persons, String.valueOf(r.getLong(6))),
          Suppression.cell(persons, pct(ratio(BigDecimal.valueOf(r.getLong(6)), BigDecimal.valueOf(persons)))),
          Suppression.cell(persons, pct(ratio)), pct(r.getDecimal(9)),
          Suppression.cell(persons, yuan(r.getDecimal(10))),
          r.isNullAt(11) ? "no ceiling" : Suppression.cell(persons, String.valueOf(r.getLong(12))),
          r.isNullAt(11) ? "-" : Suppression.cell(persons, yuan(r.getDecimal(13)))));
      s.x.add(text(r, 0) + " " + text(r, 3) + " " + text(r, 4) + " " + text(r, 2) + " "
          + text(r, 1));
      achieved.data.add(Suppression.suppressed(persons) ? null : percentNumber(ratio));
      target.data.add(percentNumber(r.getDecimal(9)));
    }
    return s;
  }

  private DashboardSection outOfCatalogueByTier(SparkSession spark) {
    DashboardSection s = new DashboardSection("ooc", "Out-of-catalogue spending by facility tier",
        "Special-category inpatient/day-case claims against the tier limit; excess = Σ max(0, O − limit × T).",
        List.of("policy", "tier", "persons", "controlled cost (yuan)", "out-of-catalogue (yuan)", "share", "limit",
            "excess over limit (yuan)", "hospital-borne (yuan)", "claims with excess"), true);
    DashboardSection.Series share = s.series("out-of-catalogue share %", "bar");
    DashboardSection.Series limit = s.series("limit %", "line");
    Map<String, Long> persons = new HashMap<>();
    sql(spark, "select policy_id, tier, count(distinct person_id) from {settlement} where status = 'ACTIVE' and "
        + OutOfCatalogueIndicators.CONTROLLED + " group by policy_id, tier")
        .forEach(r -> persons.put(r.getString(0) + "/" + r.getString(1), r.getLong(2)));
    for (Row r : sql(spark, "select policy_id, tier, sum(controlled_total_cost), sum(controlled_ooc_cost),"
        + " max(ooc_limit), sum(excess_over_limit), sum(hospital_borne), sum(claims_with_excess)"
        + " from {ind_out_of_catalogue} where controlled_claims > 0 group by policy_id, tier order by policy_id, tier")) {
      long n = persons.getOrDefault(r.getString(0) + "/" + r.getString(1), 0L);
      BigDecimal ratio = ratio(r.getDecimal(3), r.getDecimal(2));
      BigDecimal lim = r.isNullAt(4) ? null : r.getDecimal(4);
      s.rows.add(List.of(text(r, 0), text(r, 1), Suppression.cell(n, String.valueOf(n)),
          Suppression.cell(n, yuan(r.getDecimal(2))), Suppression.cell(n, yuan(r.getDecimal(3))),
          Suppression.cell(n, pct(ratio)), lim == null ? "-" : pct(lim), Suppression.cell(n, yuan(r.getDecimal(5))),
          Suppression.cell(n, yuan(r.getDecimal(6))), Suppression.cell(n, String.valueOf(r.getLong(7)))));
      s.x.add(text(r, 0) + " " + text(r, 1));
      share.data.add(Suppression.suppressed(n) ? null : percentNumber(ratio));
      limit.data.add(lim == null ? null : percentNumber(lim));
    }
    return s;
  }

  private DashboardSection flaggedFacilities(SparkSession spark) {
    DashboardSection s = new DashboardSection("flags", "Facilities flagged for inspectors",
        "Ranked within each flag type (1 = worst); evidence of flags resting on fewer than 5 persons is suppressed.",
        List.of("flag", "rank", "facility", "tier", "county", "score", "evidence"), false);
    for (Row r : sql(spark, "select f.flag_type, f.rank, f.facility_id, f.tier, f.facility_region_code, f.score,"
        + " f.evidence, coalesce(p.n, 0) from {inspection_flags} f left join (select x.flag_type, x.facility_id,"
        + " count(distinct s.person_id) as n from (select flag_type, facility_id, explode(claim_ids) as claim_id"
        + " from {inspection_flags}) x join {settlement} s on s.claim_id = x.claim_id"
        + " group by x.flag_type, x.facility_id) p on p.flag_type = f.flag_type and p.facility_id = f.facility_id"
        + " order by f.flag_type, f.rank")) {
      // every cell null-safe: one odd row (a null score from an older run) must not stop the dashboard
      long n = r.getLong(7);
      s.rows.add(List.of(text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4),
          Suppression.cell(n, r.isNullAt(5) ? "-" : r.getDecimal(5).toPlainString()), Suppression.cell(n, text(r, 6))));
    }
    return s;
  }

  private DashboardSection poverty(SparkSession spark) {
    DashboardSection s = new DashboardSection("poverty", "Illness-driven poverty, yearly trend (all counties)",
        "Impoverishing: per-capita income falls below the poverty line after the household's medical OOP."
            + " Catastrophic: OOP above 10% / 25% of household income (SDG 3.8.2). Target: the rate falls at least"
            + " 1% a year (relative).",
        List.of("year", "households", "impoverishing", "rate", "catastrophic >10%", "catastrophic >25%",
            "change vs previous year", "meets decline target"), true);
    DashboardSection.Series rate = s.series("impoverishing rate %", "line");
    DashboardSection.Series cat = s.series("catastrophic >10% rate %", "line");
    Map<Integer, long[]> byYear = new TreeMap<>();
    BigDecimal decline = null;
    for (Row r : sql(spark, "select year, sum(households), sum(impoverishing_households),"
        + " sum(catastrophic_lower_households), sum(catastrophic_upper_households), max(target_yearly_relative_decline)"
        + " from {ind_illness_poverty} group by year order by year")) {
      byYear.put(r.getInt(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
      decline = r.getDecimal(5);
    }
    for (Map.Entry<Integer, long[]> e : byYear.entrySet()) {
      long[] c = e.getValue();
      long[] prev = byYear.getOrDefault(e.getKey() - 1, new long[4]);
      PovertyTrend trend = new PovertyTrend(c[0], c[1], Suppression.suppressed(prev[0]) ? 0 : prev[0], prev[1]);
      long n = c[0];
      BigDecimal r = trend.rate().orElse(null);
      BigDecimal catRate = ratio(BigDecimal.valueOf(c[2]), BigDecimal.valueOf(c[0]));
      BigDecimal finalDecline = decline;
      s.rows.add(List.of(String.valueOf(e.getKey()), Suppression.cell(n, String.valueOf(n)),
          Suppression.cell(n, String.valueOf(c[1])), Suppression.cell(n, pct(r)),
          Suppression.cell(n, pct(catRate)), Suppression.cell(n, pct(ratio(BigDecimal.valueOf(c[3]),
              BigDecimal.valueOf(c[0])))),
          Suppression.cell(n, trend.relativeChange().map(Format::pct).orElse("-")),
          Suppression.cell(n, trend.meetsDecline(finalDecline).map(b -> b ? "yes" : "no").orElse("-"))));
      s.x.add(String.valueOf(e.getKey()));
      rate.data.add(Suppression.suppressed(n) ? null : percentNumber(r));
      cat.data.add(Suppression.suppressed(n) ? null : percentNumber(catRate));
    }
    return s;
  }

  private DashboardSection fundSpending(SparkSession spark) {
    Map<String, Map<String, Object[]>> byFund = new LinkedHashMap<>();
    TreeSet<String> months = new TreeSet<>();
    for (Row r : sql(spark, "select fund, month, sum(paid), sum(persons) from {ind_fund_spending}"
        + " group by fund, month order by fund, month")) {
      months.add(r.getString(1));
      byFund.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .put(r.getString(1), new Object[] {r.getDecimal(2), r.getLong(3)});
    }
    List<String> columns = new ArrayList<>(List.of("fund"));
    columns.addAll(months);
    DashboardSection s = new DashboardSection("funds", "Fund spending by month (yuan)",
        "Paid per fund and discharge month: the forecasting input.", columns, false);
    s.x.addAll(months);
    byFund.forEach((fund, cells) -> {
      DashboardSection.Series series = s.series(fund, "line");
      List<String> row = new ArrayList<>(List.of(fund));
      for (String m : months) {
        Object[] c = cells.get(m);
        long n = c == null ? 0 : (Long) c[1];
        BigDecimal paid = c == null ? BigDecimal.ZERO : (BigDecimal) c[0];
        row.add(Suppression.cell(n, yuan(paid)));
        series.data.add(Suppression.suppressed(n) ? null : paid);
      }
      s.rows.add(row);
    });
    return s;
  }

  /**
   * {@code fund_projection} (written by {@code forecast}): per region and fund, the balance rolled forward (opening +
   * revenue - spending) through the history and the trend method's projection, with the Monte Carlo P10-P90 of the
   * closing balance and the probability that the fund is depleted; the fan chart shows P10, P50 and P90.
   */
  private DashboardSection projection(SparkSession spark) {
    DashboardSection s = new DashboardSection("projection", "Fund projection: balance and the chance of depletion",
        "History, then the trend method. Revenue = enrolment x per-capita financing (conf/financing.yaml, a dated"
            + " schedule); closing balance = opening + revenue - spending; the range is the simulated P10-P90 of the"
            + " closing balance; depleted = the share of simulated paths with a balance below 0.",
        List.of("region", "fund", "year", "period", "enrolled", "revenue (yuan)", "spending (yuan)",
            "closing balance (yuan)", "P10 - P90 (yuan)", "months of cover", "P(depleted)"), false);
    Map<String, Map<Integer, BigDecimal[]>> fans = new TreeMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (Row r : sql(spark, "select region, fund, year, period, enrolled, projected_revenue, expenditure_point,"
        + " coalesce(closing_p50, closing_balance), closing_p10, closing_p90, months_of_cover, p_depleted"
        + " from {fund_projection}"
        + " where method = 'trend' and level = (select max(level) from {fund_projection} where method = 'trend')"
        + " order by region, fund, year")) {
      long n = r.isNullAt(4) ? 0 : r.getLong(4);
      boolean history = "history".equals(r.getString(3));
      s.rows.add(List.of(text(r, 0), text(r, 1), text(r, 2), text(r, 3),
          Suppression.cell(n, String.valueOf(n)), yuan(r.getDecimal(5)), yuan(r.getDecimal(6)),
          yuan(r.getDecimal(7)), history ? "-" : yuan(r.getDecimal(8)) + " - " + yuan(r.getDecimal(9)),
          r.isNullAt(10) ? "n/a" : r.getDecimal(10).toPlainString(),
          history || r.isNullAt(11) ? "-" : depletion(r.getDouble(11))));
      years.add(r.getInt(2));
      fans.computeIfAbsent(r.getString(0) + "/" + r.getString(1), k -> new TreeMap<>())
          .put(r.getInt(2), new BigDecimal[] {r.getDecimal(8), r.getDecimal(7), r.getDecimal(9)});
    }
    years.forEach(y -> s.x.add(String.valueOf(y)));
    fans.forEach((fund, byYear) -> {
      String[] names = {" P10", " balance (P50)", " P90"};
      for (int i = 0; i < 3; i++) {
        DashboardSection.Series series = s.series(fund + names[i], "line");
        int k = i;
        years.forEach(y -> series.data.add(byYear.containsKey(y) ? byYear.get(y)[k] : null));
      }
    });
    return s;
  }

  /** A probability as a share, never rounded to a certainty the simulation cannot give. */
  static String depletion(double p) {
    return p < 0.01 ? "<1%" : p > 0.99 ? ">99%" : Math.round(p * 100) + "%";
  }

  static BigDecimal ratio(BigDecimal num, BigDecimal den) {
    return den == null || den.signum() == 0 ? null : num.divide(den, MC);
  }

  private static BigDecimal percentNumber(BigDecimal share) {
    return share == null ? null : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
  }

  static String html(List<DashboardSection> sections) {
    String data;
    try {
      data = new ObjectMapper().writeValueAsString(Map.of("sections", sections));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise dashboard data: " + e.getMessage(), e);
    }
    return template()
        .replace("/*ECHARTS*/", echarts().replace("</script", "<\\/script"))
        .replace("/*DATA*/", scriptSafe(data));
  }

  /**
   * JSON that can sit inside a script element whatever the data holds: {@code <}, {@code >} and {@code &} (which
   * could close the element or open a comment, {@code <!--<script>} blanks the page) and U+2028/U+2029 (line breaks
   * to older JavaScript) become \\u escapes. Outside strings JSON has none of these characters, and inside a string
   * the escape means the same character, so the data parses to exactly the same values.
   */
  static String scriptSafe(String json) {
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A cell's text: "-" for null, so a missing value never breaks a row. */
  private static String text(Row r, int i) {
    return r.isNullAt(i) ? "-" : String.valueOf(r.get(i));
  }

  private static String echarts() {
    try (InputStream in = DashboardWriter.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (in == null) {
        throw new IllegalStateException("ECharts not on the classpath (" + ECHARTS
            + "): add org.webjars.npm:echarts:5.3.1 to the runtime classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ECHARTS + ": " + e.getMessage(), e);
    }
  }

  private static String template() {
    try (InputStream in = DashboardWriter.class.getResourceAsStream("dashboard.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dashboard template: " + e.getMessage(), e);
    }
  }
}
