package io.safetynet.dashboard;

import io.safetynet.indicators.Fixtures;
import io.safetynet.indicators.IndicatorsJob;
import io.safetynet.indicators.Tables;
import io.safetynet.indicators.TestWarehouse;
import io.safetynet.inspect.InspectConfig;
import io.safetynet.inspect.InspectJob;
import io.safetynet.inspect.InspectResult;
import io.safetynet.inspect.InspectionFlag;
import static io.safetynet.indicators.SettlementRow.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safetynet.inspect.InspectionFlag.Type;
import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Fixtures#small} plus claim Z1 at a facility whose id is markup, whose hospital system reported a basic
 * payment of 9999999999999999.99 (recomputed 7440), and an inspection_flags row with a null score as an older run
 * wrote it (its score overflowed decimal(18,4)). Inspect and the dashboard must carry all of it, as text.
 */
class HostileDataTest {
  static final String FACILITY = "F<!--<script>alert(1)</script>\u2028&amp;>";
  @TempDir static Path dir;
  static TestWarehouse warehouse;
  static InspectResult inspect;
  static String html;
  static String script;
  static JsonNode data;

  @BeforeAll
  static void build() throws Exception {
    SparkSession spark = TestSpark.session();
    warehouse = Fixtures.small(dir)
        .add(claim("Z1", "PZ1", "HZ1").at(FACILITY, "420922", "LEVEL2").dates("2018-08-01", "2018-08-03")
            .cost("10000", "9500", "500").paid("7440", "0", "0", "1110", "450", "0")
            .reportedAll("9999999999999999.99", "0", "0", "1560"))
        .enrol("PZ1", 2018, "420922", "HZ1", "POOR", true)
        .household("HZ1", 2018, "420922", 1, "20000")
        .write();
    new IndicatorsJob(Fixtures.spec(warehouse)).run(spark);
    inspect = new InspectJob(InspectConfig.load(warehouse.root, Fixtures.LIMITS, java.nio.file.Path.of("conf/inspection.yaml"))).run(spark);
    // five persons (P1 to P4 and PZ1) behind it, so its cells are shown, not suppressed
    spark.sql("select 'F9' as facility_id, '420922' as facility_region_code, 'LEVEL2' as tier,"
            + " 'RECONCILIATION_DIFFERENCE' as flag_type, cast(null as decimal(38,4)) as score, 9 as rank,"
            + " cast(null as string) as evidence, array('C1', 'C3', 'C4', 'C5', 'Z1') as claim_ids")
        .write().format("delta").mode("append").save(Tables.path(warehouse.root, InspectJob.TABLE));
    html = Files.readString(java.nio.file.Path.of(new DashboardWriter(warehouse.root).write(spark)));
    script = DashboardFixture.script(html);
    data = DashboardFixture.data(html);
  }

  @Test
  void aHugeReportedAmountGivesItsExactScoreNeverNull() {
    // |9999999999999999.99 - 7440| + |1560 - 1560| = 9999999999992559.99
    InspectionFlag flag = inspect.flags().stream()
        .filter(f -> f.type() == Type.RECONCILIATION_DIFFERENCE && f.facilityId().equals(FACILITY)).findFirst()
        .orElseThrow();
    assertEquals(new BigDecimal("9999999999992559.9900"), flag.score());
    assertEquals(1, flag.rank());
    Row stored = TestSpark.session().read().format("delta").load(Tables.path(warehouse.root, InspectJob.TABLE))
        .filter("flag_type = 'RECONCILIATION_DIFFERENCE' and rank = 1").first();
    assertEquals(FACILITY, stored.getString(0));
    assertEquals(new BigDecimal("9999999999992559.9900"), stored.getDecimal(4));
    assertTrue(inspect.report().contains("score 9999999999992559.9900 (yuan of difference)"), inspect.report());
  }

  @Test
  void markupFromTheDataNeverReachesTheScriptRaw() {
    // nothing in the embedded data can end the script element or open a comment
    for (String raw : List.of("<", ">", "&", "\u2028")) {
      assertFalse(script.contains(raw), "raw " + raw + " in the script data");
    }
    assertFalse(html.contains("<!--"), "a comment opened in the page");
    assertEquals(3, html.split("<script", -1).length - 1, "only the template's own three script elements");
    // and the JSON still parses to the very same text
    List<List<String>> flags = rows("flags");
    assertTrue(flags.contains(List.of("RECONCILIATION_DIFFERENCE", "1", FACILITY, "LEVEL2", "420922", "<5", "<5")),
        flags.toString());
  }

  @Test
  void aFlagRowWithANullScoreIsShownWithADash() {
    assertTrue(rows("flags").contains(List.of("RECONCILIATION_DIFFERENCE", "9", "F9", "LEVEL2", "420922", "-", "-")),
        rows("flags").toString());
    // the other sections are still there
    List<String> ids = new ArrayList<>();
    data.get("sections").forEach(s -> ids.add(s.get("id").asText()));
    assertEquals(List.of("targets", "ooc", "flags", "poverty", "funds"), ids);
  }

  private static List<List<String>> rows(String id) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode s : data.get("sections")) {
      if (s.get("id").asText().equals(id)) {
        s.get("rows").forEach(r -> {
          List<String> row = new ArrayList<>();
          r.forEach(c -> row.add(c.asText()));
          out.add(row);
        });
      }
    }
    return out;
  }
}
