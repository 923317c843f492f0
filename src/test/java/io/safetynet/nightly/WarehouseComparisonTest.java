package io.safetynet.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison the cluster and fault tests rely on: rows as multisets, lineage columns left out. */
class WarehouseComparisonTest {
  private static final StructType SCHEMA = new StructType()
      .add("claim_id", DataTypes.StringType)
      .add("paid", DataTypes.createDecimalType(18, 2))
      .add("codes", DataTypes.createArrayType(DataTypes.StringType))
      .add("ingest_run", DataTypes.StringType);

  @TempDir Path tmp;

  @Test
  void sameRowsInAnotherOrderFromAnotherRunAreEqual() {
    Path a = warehouse("a", row("C1", "10.00", "run-1"), row("C2", "20.50", "run-1"));
    Path b = warehouse("b", row("C2", "20.50", "run-9"), row("C1", "10.00", "run-9"));
    assertEquals(List.of(), WarehouseComparison.differences(a, b, List.of("claims")));
  }

  @Test
  void aChangedAmountIsReportedByColumn() {
    Path a = warehouse("a", row("C1", "10.00", "r"), row("C2", "20.50", "r"));
    Path b = warehouse("b", row("C1", "10.01", "r"), row("C2", "20.50", "r"));
    assertEquals(List.of("claims: 1 rows only in " + a + ", 1 only in " + b + "; e.g. claim_id=C1: paid 10.00 vs "
        + "10.01;"), WarehouseComparison.differences(a, b, List.of("claims")));
  }

  @Test
  void aRowTwiceIsNotTheSameAsOnceAndAMissingTableIsNamed() {
    Path a = warehouse("a", row("C1", "10.00", "r"), row("C1", "10.00", "r"));
    Path b = warehouse("b", row("C1", "10.00", "r"));
    List<String> d = WarehouseComparison.differences(a, b, List.of("claims", "settlement"));
    assertEquals(2, d.size(), d.toString());
    assertTrue(d.get(0).startsWith("claims: 1 rows only in " + a + ", 0 only in " + b), d.get(0));
    assertEquals("settlement: missing", d.get(1));
  }

  private Path warehouse(String name, Row... rows) {
    Path wh = tmp.resolve(name);
    TestSpark.session().createDataFrame(List.of(rows), SCHEMA).write().format("delta")
        .save(wh.resolve("claims").toString());
    return wh;
  }

  private static Row row(String claim, String paid, String run) {
    return RowFactory.create(claim, new BigDecimal(paid),
        scala.collection.JavaConverters.asScalaBuffer(List.of("J06.9", claim)).toSeq(), run);
  }
}
