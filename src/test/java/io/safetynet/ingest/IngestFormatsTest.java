package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet (typed columns, Spark part-file directory) and JSON Lines (numbers as JSON numbers) inputs. */
class IngestFormatsTest {
  @TempDir Path tmp;

  @Test
  void parquetDirectoryAndJsonLinesLoadWithTheSameRules() throws Exception {
    SparkSession spark = TestSpark.session();
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    // facilities as a Spark-written Parquet directory with typed (boolean) columns, one part file
    spark.read().option("header", "true").option("inferSchema", "true").csv(input.resolve("facilities.csv").toString())
        .coalesce(1).write().parquet(input.resolve("facilities.parquet").toString());
    Files.delete(input.resolve("facilities.csv"));
    Files.delete(input.resolve("claims.csv"));
    // claims as JSON Lines: money as JSON numbers, optional columns simply absent
    TestInputs.write(input.resolve("claims.jsonl"), List.of(
        "{\"claim_id\":\"J1\",\"person_id\":\"P1\",\"facility_id\":\"F2\",\"visit_type\":\"INPATIENT\","
            + "\"admission_date\":\"2020-05-01\",\"discharge_date\":\"2020-05-04\",\"total_cost\":2000.50,"
            + "\"in_policy_cost\":1800,\"out_of_catalogue_cost\":200.5,\"status\":\"ACTIVE\"}",
        "{\"claim_id\":\"J2\",\"person_id\":\"P1\",\"facility_id\":\"F2\",\"visit_type\":\"INPATIENT\","
            + "\"admission_date\":\"2020-05-01\",\"discharge_date\":\"2020-05-04\",\"total_cost\":1.234,"
            + "\"in_policy_cost\":1,\"out_of_catalogue_cost\":0.234,\"status\":\"ACTIVE\"}",
        "{\"claim_id\":\"J3\",\"person_id\":\"P1\",\"facility_id\":\"F3\",\"visit_type\":\"INPATIENT\","
            + "\"admission_date\":\"2020-05-01\",\"discharge_date\":\"2020-05-04\",\"total_cost\":10,"
            + "\"in_policy_cost\":10,\"out_of_catalogue_cost\":0,\"status\":\"ACTIVE\",\"emergency\":true}"));
    IngestResult r = TestInputs.ingest(input, tmp.resolve("warehouse"), "run-1");
    Warehouse warehouse = new Warehouse(spark, tmp.resolve("warehouse").toString());

    IngestResult.DatasetResult facilities = r.dataset("facilities");
    assertEquals(List.of(3L, 2L, 1L), List.of(facilities.read(), facilities.accepted(), facilities.quarantined()));
    assertEquals(1, facilities.files().size());
    assertEquals(true, facilities.files().get(0).startsWith("facilities.parquet/part-"));
    Map<String, Object> quarantined = new HashMap<>();
    warehouse.read("quarantine").where("dataset = 'facilities'").collectAsList()
        .forEach(q -> quarantined.put(q.getAs("reason"), q.getAs("row_number")));
    assertEquals(Map.of("tier='LEVEL4': not one of [LEVEL1, LEVEL2, LEVEL3, OUT_OF_AREA, VILLAGE]", 3L), quarantined);

    IngestResult.DatasetResult claims = r.dataset("claims");
    assertEquals(List.of(3L, 1L, 2L), List.of(claims.read(), claims.accepted(), claims.quarantined()));
    assertEquals(new BigDecimal("200.50"),
        warehouse.read("claims").where("claim_id = 'J1'").first().getAs("out_of_catalogue_cost"));
    Map<Long, String> reasons = new HashMap<>();
    warehouse.read("quarantine").where("dataset = 'claims'").collectAsList()
        .forEach(q -> reasons.put(q.getAs("row_number"), q.getAs("reason")));
    assertEquals(Map.of(
        2L, "total_cost='1.234': not a decimal with at most 2 decimal places; "
            + "out_of_catalogue_cost='0.234': not a decimal with at most 2 decimal places",
        3L, "facility_id='F3': unknown facility_id (not in facilities, neither in this batch nor in the warehouse); "
            + "held as PENDING: loaded by the next ingest that brings it, or by ingest --retry-pending"),
        reasons);
  }
}
