package io.safetynet.forecast.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.forecast.RollingBacktest;
import io.safetynet.forecast.Fund;
import io.safetynet.forecast.FundHistory;
import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastJobTest {
  private static final StructType SETTLEMENT = new StructType()
      .add("claim_id", DataTypes.StringType).add("person_id", DataTypes.StringType)
      .add("region_code", DataTypes.StringType).add("insurance_year", DataTypes.IntegerType)
      .add("status", DataTypes.StringType).add("admission_date", DataTypes.DateType)
      .add("discharge_date", DataTypes.DateType).add("settled_at", DataTypes.TimestampType)
      .add("basic_paid", DataTypes.createDecimalType(18, 2)).add("critical_paid", DataTypes.createDecimalType(18, 2))
      .add("assistance_paid", DataTypes.createDecimalType(18, 2))
      .add("supplementary_paid", DataTypes.createDecimalType(18, 2));
  private static final StructType ENROLMENT = new StructType()
      .add("person_id", DataTypes.StringType).add("insurance_year", DataTypes.IntegerType)
      .add("region_code", DataTypes.StringType).add("premium_personal", DataTypes.createDecimalType(18, 2))
      .add("premium_subsidy", DataTypes.createDecimalType(18, 2))
      .add("supplementary_insured", DataTypes.BooleanType);

  private static Row claim(String id, String region, String status, String discharge, String settled, String basic,
      String supplementary) {
    Date d = Date.valueOf(discharge);
    return RowFactory.create(id, "p1", region, d.toLocalDate().getYear(), status, d, d,
        settled == null ? null : Timestamp.valueOf(settled + " 10:00:00"), new BigDecimal(basic),
        BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), new BigDecimal(supplementary));
  }

  /**
   * Xiaogan (420922), 10 enrolled a year, 5 of them supplementary-insured.
   * basic spending 1000, 1200, 1400, 1600 (2018-2021) → 100, 120, 140, 160 per person → 2022: 180 → 1800.00
   * supplementary 575, 675, 775, 875 → 115, 135, 155, 175 per covered person → 2022: 195 · 5 = 975 against
   * 5 · 200 = 1000 (balance 25.00); 2023: 215 · 5 = 1075 → short by 75.00.
   * 100 of 2021's supplementary is a December claim settled in January 2022 (lag 1); a January 2022 claim makes
   * the valuation month 2022-01, so 2022 is partial and left out. Lag-1 factor for supplementary:
   * (575 + 675 + 775 + 875) / (575 + 675 + 775 + 775) = 2900 / 2800. A REVERSED claim and a claim of an unknown
   * county must not count.
   */
  private static void writeTables(SparkSession spark, Path warehouse) {
    List<Row> claims = List.of(
        claim("c18", "420922", "ACTIVE", "2018-06-15", "2018-06-20", "1000.00", "575.00"),
        claim("c19", "420922", "ACTIVE", "2019-06-15", "2019-06-20", "1200.00", "675.00"),
        claim("c19r", "420922", "REVERSED", "2019-07-15", "2019-07-20", "99999.00", "99999.00"),
        claim("c20a", "420922", "ACTIVE", "2020-03-15", null, "400.00", "0.00"),
        claim("c20b", "420922", "ACTIVE", "2020-06-15", "2020-06-20", "1000.00", "775.00"),
        claim("c21a", "420922", "ACTIVE", "2021-06-15", "2021-06-20", "1600.00", "775.00"),
        claim("c21b", "420922", "ACTIVE", "2021-12-20", "2022-01-05", "0.00", "100.00"),
        claim("c22", "420922", "ACTIVE", "2022-01-10", "2022-01-20", "80.00", "50.00"),
        claim("cx", "999999", "ACTIVE", "2020-06-15", "2020-06-20", "500.00", "500.00"));
    spark.createDataFrame(claims, SETTLEMENT).write().format("delta").partitionBy("insurance_year")
        .save(warehouse.resolve("settlement").toString());
    List<Row> persons = new ArrayList<>();
    for (int year = 2018; year <= 2022; year++) {
      for (int p = 0; p < 10; p++) {
        persons.add(RowFactory.create("p" + p, year, "420922", new BigDecimal("220.00"), new BigDecimal("490.00"),
            p < 5));
      }
    }
    spark.createDataFrame(persons, ENROLMENT).write().format("delta").save(warehouse.resolve("enrolment").toString());
  }

  private static Path financing(Path dir) throws Exception {
    Path f = dir.resolve("financing.yaml");
    Files.writeString(f, "regions:\n  xiaogan:\n"
        + "    basic:\n      after: { growth: 0, source: assumption, note: test }\n"
        + "      2018: { yuan: 700, source: assumption, note: test }\n"
        + "    supplementary:\n      after: { growth: 0, source: assumption, note: test }\n      2018: { yuan: 200, source: \"001_13153c10c1d4bd39.txt (五)\" }\n");
    return f;
  }

  @Test
  void projectsFundsFromSettlementAndEnrolment(@TempDir Path dir) throws Exception {
    SparkSession spark = TestSpark.session();
    Path warehouse = dir.resolve("warehouse");
    writeTables(spark, warehouse);
    ForecastJob.Spec spec = new ForecastJob.Spec(warehouse.toString(), financing(dir), 2, false, 1,
        List.of(0.80, 0.95), "trend", 1L, 500);

    ForecastJob.Result result = ForecastJob.run(spark, spec);
    ForecastJob.run(spark, spec); // a second run replaces the table, it does not append

    assertEquals("2022-01", result.valuation().toString());
    FundHistory supplementary = result.histories().stream()
        .filter(h -> h.fund() == Fund.SUPPLEMENTARY).findFirst().orElseThrow();
    assertEquals(2900.0 / 2800.0, supplementary.lagFactors()[0], 1e-12);
    assertEquals(2022, supplementary.partialYear());
    assertEquals(new BigDecimal("875.00"), supplementary.completedSpending().get(2021));
    assertEquals(4, supplementary.perCapitaSpending().size());

    // xiaogan × {basic, supplementary} × 3 methods × 2 levels × (4 history + 2 projected years)
    assertEquals(72, result.rowsWritten());
    List<Row> table = spark.read().format("delta").load(warehouse.resolve("fund_projection").toString())
        .where("method = 'trend' and level = 0.95 and period = 'projection'").orderBy("fund", "year").collectAsList();
    assertEquals(4, table.size());
    assertEquals(72L, spark.read().format("delta").load(warehouse.resolve("fund_projection").toString()).count());
    Row basic2022 = table.get(0);
    assertEquals("xiaogan", basic2022.getAs("region"));
    assertEquals("basic", basic2022.getAs("fund"));
    assertEquals(2022, (int) basic2022.getAs("year"));
    assertEquals(10L, (long) basic2022.getAs("enrolled"));
    assertEquals(new BigDecimal("7000.00"), basic2022.getAs("projected_revenue"));
    assertEquals(new BigDecimal("1800.00"), basic2022.getAs("expenditure_point"));
    Row supp2022 = table.get(2);
    Row supp2023 = table.get(3);
    assertEquals(5L, (long) supp2022.getAs("enrolled"));
    assertEquals(new BigDecimal("1000.00"), supp2022.getAs("projected_revenue"));
    assertEquals(new BigDecimal("975.00"), supp2022.getAs("expenditure_point"));
    assertEquals(new BigDecimal("25.00"), supp2022.getAs("balance"));
    assertFalse(supp2022.<Boolean>getAs("short"));
    assertEquals(2023, (int) supp2023.getAs("year"));
    assertEquals(new BigDecimal("1075.00"), supp2023.getAs("expenditure_point"));
    assertEquals(new BigDecimal("-75.00"), supp2023.getAs("balance"));
    assertTrue(supp2023.<Boolean>getAs("short"));

    // roll-forward of supplementary: 5 × 200 = 1 000 a year against 575, 675, 775, 875 (lag-completed), from 0
    // (no opening balance configured: an assumption): closing 425, 750, 975, 1 100; then 2022 + 25 = 1 125,
    // 2023 − 75 = 1 050: deficits, but not depleted
    List<Row> supp = spark.read().format("delta").load(warehouse.resolve("fund_projection").toString())
        .where("method = 'trend' and level = 0.95 and fund = 'supplementary'").orderBy("year").collectAsList();
    assertEquals(6, supp.size());
    assertEquals("history", supp.get(0).getAs("period"));
    assertEquals(new BigDecimal("0.00"), supp.get(0).getAs("opening_balance"));
    assertEquals(new BigDecimal("425.00"), supp.get(0).getAs("closing_balance"));
    assertEquals(new BigDecimal("1100.00"), supp.get(3).getAs("closing_balance"));
    assertEquals(new BigDecimal("15.1"), supp.get(3).getAs("months_of_cover")); // 1 100 / (875 / 12)
    assertEquals(new BigDecimal("1125.00"), supp.get(4).getAs("closing_balance"));
    assertEquals(new BigDecimal("1050.00"), supp.get(5).getAs("closing_balance"));
    assertEquals(2023, (int) supp.get(5).getAs("first_deficit_year"));
    assertTrue(supp.get(5).isNullAt(supp.get(5).fieldIndex("depletion_year")));
    assertTrue(supp.get(5).getAs("opening_balance_source").toString().startsWith("assumption"));
    double p2023 = supp.get(5).getAs("p_depleted");
    assertTrue(p2023 >= 0 && p2023 < 0.5, "P(depleted) 2023 = " + p2023);
    BigDecimal p10 = supp.get(5).getAs("closing_p10");
    BigDecimal p90 = supp.get(5).getAs("closing_p90");
    assertTrue(p10.compareTo(p90) < 0, p10 + " " + p90);
    // basic revenue history: the file gives one undivided 700 a person, so the premium columns cannot replace a
    // personal part it does not separate (FundRollForwardTest covers the split case): 10 × 700
    Row basic2018 = spark.read().format("delta").load(warehouse.resolve("fund_projection").toString())
        .where("method = 'trend' and level = 0.95 and fund = 'basic' and year = 2018").first();
    assertEquals(new BigDecimal("7000.00"), basic2018.getAs("projected_revenue"));
    assertEquals("history", basic2018.getAs("period"));
    // the enrolment table's premiums reach the roll-forward: 10 persons × (220 + 490) in 2018
    assertEquals(new BigDecimal("7100.00"), ForecastInputs.read(spark, warehouse.toString()).enrolment().stream()
        .filter(e -> e.year() == 2018).findFirst().orElseThrow().premiums());

    assertTrue(result.report().contains("first annual deficit (trend): 2023 short by 75.00; depleted on the point "
        + "path: not in horizon; P(depleted): 2022 "), result.report());
    assertTrue(result.report().contains("1,100.00"), result.report());
    assertTrue(result.report().contains("opening balance 0.00 (assumption (no opening_balance"), result.report());
    assertTrue(result.report().contains(
        "history 2018-2021 (4 years); 2021 spending 875.00 reported, 875.00 lag-completed, 175.00 per person"),
        result.report());
    assertTrue(result.skipped().stream().anyMatch(s -> s.contains("region_code 999999")), result.skipped().toString());
    assertTrue(result.skipped().stream().anyMatch(s -> s.startsWith("xiaogan/critical: no per-capita financing")),
        result.skipped().toString());
  }

  @Test
  void backtestModeScoresWithoutWriting(@TempDir Path dir) throws Exception {
    SparkSession spark = TestSpark.session();
    Path warehouse = dir.resolve("warehouse");
    writeTables(spark, warehouse);
    ForecastJob.Result result = ForecastJob.run(spark, new ForecastJob.Spec(warehouse.toString(), financing(dir), 2,
        true, 1, List.of(0.95), "trend", 1L, 500));
    RollingBacktest.HorizonScore basicTrend = result.backtest().stream()
        .filter(s -> s.series().equals("basic per-capita spending in xiaogan") && s.method().equals("trend"))
        .findFirst().orElseThrow();
    // one origin: fit 100, 120, 140 → 160 for 2021, actual 160: MASE 0. Last-value says 140: |20| / Q, Q = mean
    // one-step change in the fit = 20 → MASE 1
    assertEquals(0.0, basicTrend.mase(), 1e-9);
    assertEquals(1, basicTrend.horizon());
    assertEquals(1, basicTrend.forecasts());
    RollingBacktest.HorizonScore basicLast = result.backtest().stream()
        .filter(s -> s.series().equals("basic per-capita spending in xiaogan") && s.method().equals("last-value"))
        .findFirst().orElseThrow();
    assertEquals(1.0, basicLast.mase(), 1e-9);
    assertEquals(0, result.rowsWritten());
    assertFalse(Files.exists(warehouse.resolve("fund_projection")));
    assertTrue(result.report().contains("Rolling-origin backtest"), result.report());
    assertTrue(result.report().contains("log-linear loses to drift on basic per-capita spending in xiaogan: MASE 0.32 "
        + "against 0.00 (1 year ahead)"), result.report());
  }
}
