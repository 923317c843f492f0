package io.safetynet.forecast.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return of(spark.read().format("delta").load(table(warehouse, "settlement")),
        spark.read().format("delta").load(table(warehouse, "enrolment")), "the settlement table at " + warehouse);
  }

  /**
   * The series of any frame with the settlement table's columns (status, dates, region_code, fund columns), e.g. a
   * planner's scenario re-settlement; {@code what} names it in errors.
   */
  public static ForecastInputs of(Dataset<Row> settlement, Dataset<Row> enrolmentTable, String what) {
    ForecastInputs in = new ForecastInputs();
    in.readSettlement(settlement, what);
    in.readEnrolment(enrolmentTable);
    return in;
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

  static String table(String warehouse, String name) {
    Path p = Path.of(warehouse, name);
    if (!Files.isDirectory(p.resolve("_delta_log"))) {
      throw new IllegalStateException(
          "forecast: no Delta table '" + name + "' at " + p + "; run ingest and settle first, or pass --warehouse");
    }
    return p.toString();
  }

  private void readSettlement(Dataset<Row> settlement, String path) {
    Dataset<Row> active = settlement.where(col("status").equalTo("ACTIVE"));
    Column serviceMonth = trunc(coalesce(col("discharge_date"), col("admission_date")), "month");
    Column settledMonth = trunc(to_date(col("settled_at")), "month");
    Dataset<Row> dated =
        active
            .withColumn("service_month", serviceMonth)
            .withColumn("settled_month", settledMonth)
            // no settled_at: settled at discharge (one-stop settlement), so no reporting lag
            .withColumn("lag", when(col("settled_month").isNull(), lit(0))
                .otherwise(greatest(lit(0), months_between(col("settled_month"), col("service_month")).cast("int"))));
    long undated = dated.where(col("service_month").isNull()).count();
    if (undated > 0) {
      notes.add(undated + " ACTIVE settlement rows have neither discharge_date nor admission_date; left out");
    }
    Column[] fundSums = Arrays.stream(Fund.values())
        .map(f -> sum(col(f.settlementColumn())).alias(f.key())).toArray(Column[]::new);
    List<Row> rows = dated.where(col("service_month").isNotNull())
        .groupBy(col("region_code"), col("service_month"), col("lag"))
        .agg(fundSums[0], Arrays.copyOfRange(fundSums, 1, fundSums.length))
        .collectAsList();
    Row latest = dated.agg(max(col("service_month")), max(col("settled_month"))).first();
    valuation = later(month(latest.getDate(0)), month(latest.getDate(1)));
    if (valuation == null) {
      throw new IllegalStateException("forecast: " + path + " has no dated ACTIVE rows");
    }
    Map<String, Long> unknown = new TreeMap<>();
    for (Row r : rows) {
      String regionId = RegionIds.of(r.getString(0));
      if (regionId == null) {
        unknown.merge(String.valueOf(r.getString(0)), 1L, Long::sum);
        continue;
      }
      for (Fund f : Fund.values()) {
        BigDecimal amount = r.getDecimal(r.fieldIndex(f.key()));
        if (amount != null && amount.signum() != 0) {
          cells.add(new LagCell(regionId, f, month(r.getDate(1)), r.getInt(2), amount));
        }
      }
    }
    unknown.forEach((code, n) -> notes.add("region_code " + code + " maps to no region id; its settlements left out"));
  }

  private void readEnrolment(Dataset<Row> e) {
    // supplementary covers only flagged persons when the table says who; otherwise every enrolled person
    Column supplementary = Arrays.asList(e.columns()).contains("supplementary_insured")
        ? countDistinct(when(col("supplementary_insured"), col("person_id")))
        : countDistinct(col("person_id"));
    List<Row> rows = e.groupBy(col("region_code"), col("insurance_year"))
        .agg(countDistinct(col("person_id")), supplementary).collectAsList();
    Map<String, long[]> byRegionYear = new TreeMap<>();
    for (Row r : rows) {
      String regionId = RegionIds.of(r.getString(0));
      if (regionId == null || r.isNullAt(1)) {
        continue;
      }
      long[] sums = byRegionYear.computeIfAbsent(regionId + "\t" + r.getInt(1), k -> new long[2]);
      sums[0] += r.getLong(2);
      sums[1] += r.getLong(3);
    }
    byRegionYear.forEach((key, sums) -> {
      String[] k = key.split("\t");
      enrolment.add(new EnrolmentCount(k[0], Integer.parseInt(k[1]), sums[0], sums[1]));
    });
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
