package io.safetynet.indicators;

import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Writes small hand-made Delta input tables (settlement-schema.md) into a temporary warehouse. */
public final class TestWarehouse {
  private static final StructType ENROLMENT =
      new StructType()
          .add("person_id", DataTypes.StringType)
          .add("insurance_year", DataTypes.IntegerType)
          .add("region_code", DataTypes.StringType)
          .add("household_id", DataTypes.StringType)
          .add("id_number_hash", DataTypes.StringType)
          .add("category", DataTypes.StringType)
          .add("family_doctor_signed", DataTypes.BooleanType);
  private static final StructType HOUSEHOLDS =
      new StructType()
          .add("household_id", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("region_code", DataTypes.StringType)
          .add("size", DataTypes.IntegerType)
          .add("annual_income", DataTypes.createDecimalType(18, 2))
          .add("registered_poor", DataTypes.BooleanType)
          .add("poverty_cause", DataTypes.StringType);
  private static final StructType FACILITIES =
      new StructType()
          .add("facility_id", DataTypes.StringType)
          .add("name", DataTypes.StringType)
          .add("region_code", DataTypes.StringType)
          .add("tier", DataTypes.StringType)
          .add("designated", DataTypes.BooleanType)
          .add("major_disease_designated", DataTypes.BooleanType);
  private static final StructType REFERRALS =
      new StructType()
          .add("referral_id", DataTypes.StringType)
          .add("person_id", DataTypes.StringType)
          .add("from_facility_id", DataTypes.StringType)
          .add("to_facility_id", DataTypes.StringType)
          .add("issued_on", DataTypes.DateType)
          .add("emergency", DataTypes.BooleanType)
          .add("filed_on", DataTypes.DateType);

  public final String root;
  public final List<SettlementRow> claims = new ArrayList<>();
  public final List<Row> enrolment = new ArrayList<>();
  public final List<Row> households = new ArrayList<>();
  public final List<Row> facilities = new ArrayList<>();

  public TestWarehouse(Path dir) {
    this.root = dir.resolve("warehouse").toString();
  }

  public TestWarehouse add(SettlementRow... rows) {
    claims.addAll(List.of(rows));
    return this;
  }

  public TestWarehouse enrol(String person, int year, String region, String household, String category, Boolean signed) {
    enrolment.add(RowFactory.create(person, year, region, household, "h" + person, category, signed));
    return this;
  }

  public TestWarehouse household(String id, int year, String region, int size, String income) {
    households.add(RowFactory.create(id, year, region, size, new BigDecimal(income).setScale(2), false, null));
    return this;
  }

  public TestWarehouse facility(String id, String region, String tier) {
    facilities.add(RowFactory.create(id, "Hospital " + id, region, tier, true, false));
    return this;
  }

  public TestWarehouse write() {
    SparkSession spark = TestSpark.session();
    List<Row> rows = new ArrayList<>();
    claims.forEach(c -> rows.add(c.toRow()));
    save(spark, "settlement", rows, SettlementRow.SCHEMA);
    save(spark, "enrolment", enrolment, ENROLMENT);
    save(spark, "households", households, HOUSEHOLDS);
    save(spark, "facilities", facilities, FACILITIES);
    save(spark, "referrals", List.of(), REFERRALS);
    return this;
  }

  private void save(SparkSession spark, String table, List<Row> rows, StructType schema) {
    spark.createDataFrame(rows, schema).write().format("delta").mode("overwrite").save(Tables.path(root, table));
  }
}
