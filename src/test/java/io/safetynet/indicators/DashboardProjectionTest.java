package io.safetynet.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  void showsTheTrendProjectionAtItsWidestLevel() throws Exception {
    TestWarehouse w = DashboardFixture.write(dir);
    assertFalse(sectionIds(Path.of(new DashboardWriter(w.root).write(TestSpark.session()))).contains("projection"));

    StructType schema = new StructType()
        .add("region", DataTypes.StringType).add("fund", DataTypes.StringType).add("year", DataTypes.IntegerType)
        .add("method", DataTypes.StringType).add("level", DataTypes.DoubleType).add("enrolled", DataTypes.LongType)
        .add("financing_per_person", DataTypes.createDecimalType(18, 2))
        .add("projected_revenue", DataTypes.createDecimalType(18, 2))
        .add("expenditure_lower", DataTypes.createDecimalType(18, 2))
        .add("expenditure_point", DataTypes.createDecimalType(18, 2))
        .add("expenditure_upper", DataTypes.createDecimalType(18, 2))
        .add("balance", DataTypes.createDecimalType(18, 2))
        .add("balance_at_upper", DataTypes.createDecimalType(18, 2))
        .add("short", DataTypes.BooleanType).add("short_at_upper", DataTypes.BooleanType)
        .add("valuation_month", DataTypes.StringType);
    List<Row> rows = List.of(
        row("trend", 0.95, 2021, "1000", "900", "1200", "100", false, true),
        row("trend", 0.80, 2021, "1000", "950", "1100", "50", false, true),
        row("bootstrap", 0.95, 2021, "1000", "800", "1300", "200", false, true),
        row("trend", 0.95, 2022, "1000", "1050", "1400", "-50", true, true));
    TestSpark.session().createDataFrame(rows, schema).write().format("delta").mode("overwrite")
        .save(Path.of(w.root, ForecastJob.TABLE).toString());

    JsonNode data = data(Path.of(new DashboardWriter(w.root).write(TestSpark.session())));
    JsonNode section = null;
    for (JsonNode s : data.get("sections")) {
      if (s.get("id").asText().equals("projection")) {
        section = s;
      }
    }
    assertEquals(2, section.get("rows").size());
    List<String> later = new ArrayList<>();
    section.get("rows").get(1).forEach(c -> later.add(c.asText()));
    assertEquals(List.of("xiaogan", "critical", "2022", "1000"), later.subList(0, 4));
    assertEquals("yes (yes)", later.get(8));
    assertEquals(0, new BigDecimal("-50").compareTo(section.get("series").get(0).get("data").get(1).decimalValue()));
  }

  private static Row row(String method, double level, int year, String revenue, String point, String upper,
      String balance, boolean shortPoint, boolean shortUpper) {
    BigDecimal u = new BigDecimal(upper);
    return RowFactory.create("xiaogan", "critical", year, method, level, 1000L, new BigDecimal("1.00"),
        new BigDecimal(revenue), new BigDecimal(point).subtract(BigDecimal.TEN), new BigDecimal(point), u,
        new BigDecimal(balance), new BigDecimal(revenue).subtract(u), shortPoint, shortUpper, "2020-12");
  }

  private static List<String> sectionIds(Path file) throws Exception {
    List<String> ids = new ArrayList<>();
    data(file).get("sections").forEach(s -> ids.add(s.get("id").asText()));
    return ids;
  }

  private static JsonNode data(Path file) throws Exception {
    String html = Files.readString(file);
    int start = html.indexOf("var DATA = ") + "var DATA = ".length();
    return new ObjectMapper().readTree(html.substring(start, html.indexOf(";\n", start)));
  }
}
