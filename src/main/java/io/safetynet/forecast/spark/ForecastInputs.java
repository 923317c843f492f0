package io.safetynet.forecast.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import io.safetynet.forecast.EnrolmentCount;
import io.safetynet.forecast.Fund;
import io.safetynet.forecast.LagCell;
import io.safetynet.forecast.RegionIds;
import io.safetynet.warehouse.WarehouseTables;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the settlement and enrolment Delta tables and shrinks them to the small series the forecasting core needs:
 * fund payments by region, service month and reporting lag (ACTIVE rows only), and enrolled persons by region and
 * insurance year. County codes become region ids through {@link RegionIds} after the aggregation (a few hundred
 * rows), so no UDF is needed; codes of no known region are reported, not silently dropped.
 */
public final class ForecastInputs {
  final List<LagCell> cells = new ArrayList<>();
  final List<EnrolmentCount> enrolment = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  YearMonth valuation;

  private ForecastInputs() {}

  static ForecastInputs read(SparkSession spark, String warehouse) {
    return of(table(spark, warehouse, "settlement"), table(spark, warehouse, "enrolment"),
        "the settlement table at " + warehouse);
  }

  /**
   * The series of any frame with the settlement table's columns (status, dates, region_code, fund columns), e.g. a
   * planner's scenario re-settlement; {@code what} names it in errors.
   */
  public static ForecastInputs of(Dataset<Row> settlement, Dataset<Row> enrolmentTable, String what) {
    ForecastInputs in = byGroup(settlement, lit(""), lit(1L), enrolmentTable, what).get("");
    if (in == null) {
      throw new IllegalStateException("forecast: " + what + " has no dated ACTIVE rows");
    }
    return in;
  }

  /**
   * The series of every group of {@code settlement} at once, keyed by the value of {@code group} (a planner's
   * scenarios): one aggregation of the frame for all groups and one count of the enrolment table, instead of
   * four Spark jobs per group. A group with no ACTIVE rows is absent.
   *
   * @param rowCount how many settlement rows a row of {@code settlement} stands for: 1, or a count when the frame is
   *     already summed by region, status and the service and settled months (only the undated note counts rows)
   * @throws IllegalStateException when a group has no dated ACTIVE rows
   */
  public static Map<String, ForecastInputs> byGroup(Dataset<Row> settlement, Column group, Column rowCount,
      Dataset<Row> enrolmentTable, String what) {
    Map<String, ForecastInputs> out = readSettlement(settlement, group, rowCount, what);
    List<EnrolmentCount> enrolled = readEnrolment(enrolmentTable);
    out.values().forEach(in -> in.enrolment.addAll(enrolled));
    return out;
  }

  public List<LagCell> cells() {
    return cells;
  }

  public List<EnrolmentCount> enrolment() {
    return enrolment;
  }

  public List<String> notes() {
    return notes;
  }

  public YearMonth valuation() {
    return valuation;
  }

  static Dataset<Row> table(SparkSession spark, String warehouse, String name) {
    if (!WarehouseTables.exists(spark, warehouse, name)) {
      throw new IllegalStateException("forecast: no Delta table '" + name + "' at "
          + WarehouseTables.path(warehouse, name) + "; run ingest and settle first, or pass --warehouse");
    }
    return WarehouseTables.read(spark, warehouse, name);
  }

  /**
   * One aggregation by (group, region, service month, lag): the fund sums, the latest settled month and the row
   * count, where the rows with no service month (no dates) are counted for a note and left out of the cells.
   */
  private static Map<String, ForecastInputs> readSettlement(Dataset<Row> settlement, Column group, Column rowCount,
      String what) {
    Dataset<Row> active = settlement.where(col("status").equalTo("ACTIVE"));
    Column serviceMonth = trunc(coalesce(col("discharge_date"), col("admission_date")), "month");
    Column settledMonth = trunc(to_date(col("settled_at")), "month");
    Dataset<Row> dated =
        active
            .withColumn("forecast_group", group)
            .withColumn("forecast_rows", rowCount)
            .withColumn("service_month", serviceMonth)
            .withColumn("settled_month", settledMonth)
            // no settled_at: settled at discharge (one-stop settlement), so no reporting lag
            .withColumn("lag", when(col("settled_month").isNull(), lit(0))
                .otherwise(greatest(lit(0), months_between(col("settled_month"), col("service_month")).cast("int"))));
    List<Column> aggregates = new ArrayList<>(List.of(sum(col("forecast_rows")).alias("rows")));
    Arrays.stream(Fund.values()).forEach(f -> aggregates.add(sum(col(f.settlementColumn())).alias(f.key())));
    List<Row> rows = dated
        .groupBy(col("forecast_group"), col("region_code"), col("service_month"), col("lag"))
        .agg(max(col("settled_month")).alias("latest_settled"), aggregates.toArray(Column[]::new))
        .collectAsList();
    Map<String, ForecastInputs> out = new TreeMap<>();
    Map<String, Long> undated = new TreeMap<>();
    Map<String, Map<String, Long>> unknown = new TreeMap<>();
    for (Row r : rows) {
      String g = r.getString(0);
      ForecastInputs in = out.computeIfAbsent(g, k -> new ForecastInputs());
      YearMonth service = month(r.getDate(2));
      in.valuation = later(in.valuation, later(service, month(r.getDate(4))));
      if (service == null) {
        undated.merge(g, r.getLong(5), Long::sum);
        continue;
      }
      String regionId = RegionIds.of(r.getString(1));
      if (regionId == null) {
        unknown.computeIfAbsent(g, k -> new TreeMap<>()).merge(String.valueOf(r.getString(1)), 1L, Long::sum);
        continue;
      }
      for (Fund f : Fund.values()) {
        BigDecimal amount = r.getDecimal(r.fieldIndex(f.key()));
        if (amount != null && amount.signum() != 0) {
          in.cells.add(new LagCell(regionId, f, service, r.getInt(3), amount));
        }
      }
    }
    out.forEach((g, in) -> {
      Long n = undated.get(g);
      if (n != null) {
        in.notes.add(n + " ACTIVE settlement rows have neither discharge_date nor admission_date; left out");
      }
      unknown.getOrDefault(g, Map.of()).keySet().forEach(code ->
          in.notes.add("region_code " + code + " maps to no region id; its settlements left out"));
      if (in.valuation == null) {
        throw new IllegalStateException("forecast: " + what + (g.isEmpty() ? "" : " (" + g + ")")
            + " has no dated ACTIVE rows");
      }
    });
    return out;
  }

  private static List<EnrolmentCount> readEnrolment(Dataset<Row> e) {
    List<EnrolmentCount> enrolment = new ArrayList<>();
    List<String> columns = Arrays.asList(e.columns());
    // supplementary covers only flagged persons when the table says who; otherwise every enrolled person
    Column supplementary = columns.contains("supplementary_insured")
        ? countDistinct(when(col("supplementary_insured"), col("person_id")))
        : countDistinct(col("person_id"));
    // individual contributions for the revenue history: used only where every row of the region-year has both
    boolean premiums = columns.contains("premium_personal") && columns.contains("premium_subsidy");
    Column paid = premiums ? col("premium_personal").plus(col("premium_subsidy")) : lit(null).cast("decimal(18,2)");
    List<Row> rows = e.groupBy(col("region_code"), col("insurance_year"))
        .agg(countDistinct(col("person_id")), supplementary, sum(paid), count(paid), count(lit(1)))
        .collectAsList();
    Map<String, Object[]> byRegionYear = new TreeMap<>();
    for (Row r : rows) {
      String regionId = RegionIds.of(r.getString(0));
      if (regionId == null || r.isNullAt(1)) {
        continue;
      }
      Object[] sums = byRegionYear.computeIfAbsent(regionId + "\t" + r.getInt(1),
          k -> new Object[] {0L, 0L, BigDecimal.ZERO, 0L, 0L});
      sums[0] = (Long) sums[0] + r.getLong(2);
      sums[1] = (Long) sums[1] + r.getLong(3);
      sums[2] = r.isNullAt(4) ? sums[2] : ((BigDecimal) sums[2]).add(r.getDecimal(4));
      sums[3] = (Long) sums[3] + r.getLong(5);
      sums[4] = (Long) sums[4] + r.getLong(6);
    }
    byRegionYear.forEach((key, sums) -> {
      String[] k = key.split("\t");
      boolean complete = premiums && sums[3].equals(sums[4]);
      enrolment.add(new EnrolmentCount(k[0], Integer.parseInt(k[1]), (Long) sums[0], (Long) sums[1],
          complete ? io.safetynet.engine.Money.round((BigDecimal) sums[2]) : null));
    });
    return enrolment;
  }

  private static YearMonth month(Date d) {
    return d == null ? null : YearMonth.from(d.toLocalDate());
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
