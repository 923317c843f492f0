package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch without some optional contract columns updates the others and keeps the stored values (issue #24). */
class AbsentColumnsTest {
  @TempDir Path tmp;

  @Test
  void absentColumnsKeepTheirStoredValuesOnUpdateAndAreReported() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    Path wh = tmp.resolve("warehouse");
    TestInputs.ingest(input, wh, "run-1");
    TestInputs.write(input.resolve("households.csv"), List.of(
        "household_id,year,region_code,size,annual_income",
        "H1,2020,130102,4,9000.00",
        "H3,2020,130102,2,-1200.00"));
    IngestResult.DatasetResult h = TestInputs.ingest(input, wh, "run-2").dataset("households");
    assertEquals(List.of("registered_poor", "poverty_cause"), h.absentColumns());
    assertEquals(List.of(0L, 2L), List.of(h.inserted(), h.updated()));
    assertTrue(IngestReport.line(h).contains("columns absent from the input (stored values kept on update): "
        + "registered_poor, poverty_cause"), IngestReport.line(h));
    Warehouse w = new Warehouse(TestSpark.session(), wh.toString());
    Row h1 = w.read("households").where("household_id = 'H1'").first();
    assertEquals(new BigDecimal("9000.00"), h1.getAs("annual_income"));
    assertEquals("ILLNESS", h1.getAs("poverty_cause"));
    assertEquals(Boolean.TRUE, h1.getAs("registered_poor"));
    assertEquals("run-2", h1.getAs("ingest_run"));
    assertEquals(Boolean.FALSE, w.read("households").where("household_id = 'H3'").first().getAs("registered_poor"));
  }
}
