package io.safetynet.dashboard;

import io.safetynet.indicators.TestWarehouse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.safetynet.forecast.spark.ForecastJob;
import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fund projection section appears once {@code forecast} has written {@code fund_projection}. */
class DashboardProjectionTest {
  @TempDir Path dir;

  @Test
  void showsTheRolledForwardBalanceWithItsFanAndDepletionProbability() throws Exception {
    TestWarehouse w = DashboardFixture.write(dir);
    assertFalse(sectionIds(Path.of(new DashboardWriter(w.root).write(TestSpark.session()))).contains("projection"));

    StructType schema = new StructType()
        .add("region", DataTypes.StringType).add("fund", DataTypes.StringType).add("year", DataTypes.IntegerType)
        .add("method", DataTypes.StringType).add("level", DataTypes.DoubleType).add("enrolled", DataTypes.LongType)
        .add("projected_revenue", MONEY).add("expenditure_point", MONEY).add("period", DataTypes.StringType)
        .add("closing_balance", MONEY).add("months_of_cover", DataTypes.createDecimalType(18, 1))
        .add("closing_p10", MONEY).add("closing_p50", MONEY).add("closing_p90", MONEY)
        .add("p_depleted", DataTypes.DoubleType);
    List<Row> rows = List.of(
        row("trend", 0.95, 2020, "history", "500", "6.0", "500", "500", "500", 0.0),
        row("trend", 0.95, 2021, "projection", "200", "2.4", "-100", "200", "450", 0.3),
        row("trend", 0.80, 2021, "projection", "200", "2.4", "0", "200", "400", 0.3),
        row("bootstrap", 0.95, 2021, "projection", "150", "1.8", "-200", "150", "500", 0.4),
        row("trend", 0.95, 2022, "projection", "-50", "-0.5", "-600", "-50", "300", 0.62));
    TestSpark.session().createDataFrame(rows, schema).write().format("delta").mode("overwrite")
        .save(Path.of(w.root, ForecastJob.TABLE).toString());

    JsonNode data = data(Path.of(new DashboardWriter(w.root).write(TestSpark.session())));
    JsonNode section = null;
    for (JsonNode s : data.get("sections")) {
      if (s.get("id").asText().equals("projection")) {
        section = s;
      }
    }
    // trend at its widest level only: the history year, then two projected years
    assertEquals(3, section.get("rows").size());
    List<String> history = cells(section.get("rows").get(0));
    assertEquals(List.of("xiaogan", "critical", "2020", "history", "1000"), history.subList(0, 5));
    assertEquals(List.of("500.00", "-", "6.0", "-"), history.subList(7, 11));
    List<String> later = cells(section.get("rows").get(2));
    assertEquals(List.of("xiaogan", "critical", "2022", "projection", "1000"), later.subList(0, 5));
    assertEquals(List.of("-50.00", "-600.00 - 300.00", "-0.5", "62%"), later.subList(7, 11));
    // the fan: P10, P50, P90 per year
    JsonNode series = section.get("series");
    assertEquals(3, series.size());
    assertEquals(0, new BigDecimal("-600").compareTo(series.get(0).get("data").get(2).decimalValue()));
    assertEquals(0, new BigDecimal("-50").compareTo(series.get(1).get("data").get(2).decimalValue()));
    assertEquals(0, new BigDecimal("300").compareTo(series.get(2).get("data").get(2).decimalValue()));
    assertEquals("<1%", DashboardWriter.depletion(0.004));
    assertEquals(">99%", DashboardWriter.depletion(0.996));
  }

  private static final org.apache.spark.sql.types.DataType MONEY = DataTypes.createDecimalType(18, 2);

  private static List<String> cells(JsonNode row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> out.add(c.asText()));
    return out;
  }

  private static Row row(String method, double level, int year, String period, String closing, String months,
      String p10, String p50, String p90, double depleted) {
    return RowFactory.create("xiaogan", "critical", year, method, level, 1000L, new BigDecimal("1000.00"),
        new BigDecimal("800.00"), period, new BigDecimal(closing).setScale(2), new BigDecimal(months),
        new BigDecimal(p10).setScale(2), new BigDecimal(p50).setScale(2), new BigDecimal(p90).setScale(2), depleted);
  }

  private static List<String> sectionIds(Path file) throws Exception {
    List<String> ids = new ArrayList<>();
    data(file).get("sections").forEach(s -> ids.add(s.get("id").asText()));
    return ids;
  }

  private static JsonNode data(Path file) throws Exception {
    String html = Files.readString(file);
    return DashboardFixture.data(html);
  }
}
