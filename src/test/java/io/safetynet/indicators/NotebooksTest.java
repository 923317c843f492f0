package io.safetynet.indicators;

import io.safetynet.dashboard.DashboardFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safetynet.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Runs every SQL statement of every notebook in notebooks/ against a small warehouse with all tables registered. */
class NotebooksTest {
  /** A code cell's statements: lines starting with %% (Jupyter cell magics such as %%sql) are dropped. */
  static List<String> statements(JsonNode cell) {
    StringBuilder sql = new StringBuilder();
    cell.get("source").forEach(line -> {
      if (!line.asText().startsWith("%%")) {
        sql.append(line.asText());
      }
    });
    List<String> out = new ArrayList<>();
    for (String s : sql.toString().split(";\\s*(\\n|$)")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyNotebookStatementRuns() throws Exception {
    SparkSession spark = TestSpark.session();
    List<String> views = WarehouseViews.register(spark, DashboardFixture.shared().root);
    assertTrue(views.containsAll(List.of("settlement", "ind_reimbursement", "ind_target_gap", "ind_out_of_catalogue",
        "ind_illness_poverty", "ind_service", "ind_fund_spending", "inspection_flags", "households")), views.toString());
    List<Path> notebooks = notebooks();
    assertEquals(4, notebooks.size(), notebooks.toString());
    int run = 0;
    for (Path nb : notebooks) {
      JsonNode cells = new ObjectMapper().readTree(nb.toFile()).get("cells");
      int rowsSeen = 0;
      for (int i = 0; i < cells.size(); i++) {
        if (!cells.get(i).get("cell_type").asText().equals("code")) {
          continue;
        }
        for (String sql : statements(cells.get(i))) {
          try {
            rowsSeen += spark.sql(sql).collectAsList().size();
            run++;
          } catch (Exception e) {
            fail(nb.getFileName() + " cell " + i + " failed: " + e.getMessage().lines().findFirst().orElse("")
                + "\n" + sql, e);
          }
        }
      }
      assertFalse(rowsSeen == 0, nb.getFileName() + " returned no rows at all on the test warehouse");
    }
    assertTrue(run >= 13, "expected every notebook statement to run, ran " + run);
  }

  @Test
  void targetNotebookRollUpMatchesTheHandCheckedValue() throws Exception {
    // reimbursement_gaps.ipynb cell 6 (targets): inpatient 90% 2018 -> 8 persons, 1 below, gap 180 (see
    // DashboardFixture / IndicatorsJobTest)
    SparkSession spark = TestSpark.session();
    WarehouseViews.register(spark, DashboardFixture.shared().root);
    JsonNode cells = new ObjectMapper().readTree(Path.of("notebooks", "reimbursement_gaps.ipynb").toFile())
        .get("cells");
    String sql = statements(cells.get(6)).get(0);
    List<org.apache.spark.sql.Row> rows = spark.sql(sql).filter("target_name = 'inpatient 90%' and year = 2018")
        .collectAsList();
    assertEquals(1, rows.size());
    assertEquals(8L, rows.get(0).getLong(rows.get(0).fieldIndex("persons")));
    assertEquals(0, new java.math.BigDecimal("180.00").compareTo(rows.get(0).getDecimal(rows.get(0)
        .fieldIndex("gap_yuan"))));
  }
}
