package io.safetynet.forecast.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.forecast.EnrolmentCount;
import io.safetynet.forecast.Fund;
import io.safetynet.forecast.LagCell;
import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link ForecastInputs#byGroup}: the series of several groups (a planner's scenarios) from one aggregation, with
 * rows that stand for several settlement rows (a count column), checked by hand.
 */
class ForecastInputsGroupTest {
  private static final StructType SETTLED = new StructType()
      .add("scenario", DataTypes.StringType)
      .add("status", DataTypes.StringType)
      .add("region_code", DataTypes.StringType)
      .add("admission_date", DataTypes.DateType)
      .add("discharge_date", DataTypes.DateType)
      .add("settled_at", DataTypes.TimestampType)
      .add("claims", DataTypes.LongType)
      .add("basic_paid", DataTypes.createDecimalType(18, 2))
      .add("critical_paid", DataTypes.createDecimalType(18, 2))
      .add("assistance_paid", DataTypes.createDecimalType(18, 2))
      .add("supplementary_paid", DataTypes.createDecimalType(18, 2));
  private static final StructType ENROLLED = new StructType()
      .add("person_id", DataTypes.StringType)
      .add("region_code", DataTypes.StringType)
      .add("insurance_year", DataTypes.IntegerType);

  /**
   * Group a: two rows of Dawu county (Xiaogan) discharged in March 2018 and settled in May (lag 2), standing for 2
   * and 1 claims, basic 100.00 + 50.25 = 150.25 in one cell, critical 30.00; 3 claims with no dates (a note, left
   * out); a REVERSED row (ignored). Group b: one claim of an unknown county 999999 (a note, no cell), discharged in
   * June 2018, so its valuation month is June. Enrolment (2 persons in Xiaogan 2018) is counted once for both.
   */
  @Test
  void everyGroupGetsItsOwnCellsNotesAndValuationFromOneAggregation() {
    SparkSession spark = TestSpark.session();
    Timestamp may = Timestamp.valueOf("2018-05-02 10:00:00");
    Dataset<Row> settled = spark.createDataFrame(List.of(
        row("a", "ACTIVE", "420922", "2018-03-01", "2018-03-10", may, 2, "100.00", "30.00"),
        row("a", "ACTIVE", "420922", null, "2018-03-20", may, 1, "50.25", "0.00"),
        row("a", "ACTIVE", "420922", null, null, null, 3, "999.00", "0.00"),
        row("a", "REVERSED", "420922", null, "2018-04-01", may, 1, "777.00", "0.00"),
        row("b", "ACTIVE", "999999", null, "2018-06-30", null, 1, "10.00", "0.00")), SETTLED);
    Dataset<Row> enrolment = spark.createDataFrame(List.of(
        RowFactory.create("P1", "420922", 2018), RowFactory.create("P2", "420923", 2018)), ENROLLED);

    Map<String, ForecastInputs> in =
        ForecastInputs.byGroup(settled, col("scenario"), col("claims"), enrolment, "the test rows");

    assertEquals(List.of("a", "b"), List.copyOf(in.keySet()));
    ForecastInputs a = in.get("a");
    assertEquals(List.of(
        new LagCell("xiaogan", Fund.BASIC, YearMonth.of(2018, 3), 2, new BigDecimal("150.25")),
        new LagCell("xiaogan", Fund.CRITICAL, YearMonth.of(2018, 3), 2, new BigDecimal("30.00"))),
        a.cells().stream().sorted(java.util.Comparator.comparing(c -> c.fund().ordinal())).toList());
    assertEquals(List.of("3 ACTIVE settlement rows have neither discharge_date nor admission_date; left out"),
        a.notes());
    assertEquals(YearMonth.of(2018, 5), a.valuation());
    ForecastInputs b = in.get("b");
    assertEquals(List.of(), b.cells());
    assertEquals(List.of("region_code 999999 maps to no region id; its settlements left out"), b.notes());
    assertEquals(YearMonth.of(2018, 6), b.valuation());
    List<EnrolmentCount> enrolled = List.of(new EnrolmentCount("xiaogan", 2018, 2, 2));
    assertEquals(enrolled, a.enrolment());
    assertEquals(enrolled, b.enrolment());
  }

  private static Row row(String group, String status, String region, String admitted, String discharged,
      Timestamp settledAt, long claims, String basic, String critical) {
    return RowFactory.create(group, status, region, admitted == null ? null : Date.valueOf(admitted),
        discharged == null ? null : Date.valueOf(discharged), settledAt, claims, new BigDecimal(basic),
        new BigDecimal(critical), new BigDecimal("0.00"), new BigDecimal("0.00"));
  }
}
