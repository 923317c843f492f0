package io.safetynet.settle;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code settlement} table: one row per claim (README "Tables"). */
public final class SettlementSchema {
  public static final DecimalType MONEY = createDecimalType(18, 2);

  public static final StructType TRACE_STEP =
      createStructType(
          List.of(
              createStructField("rule", StringType, false),
              createStructField("clause", StringType, false),
              createStructField("amount", MONEY, false),
              createStructField("detail", StringType, false)));

  /** Money columns in the order the engine produces them. */
  public static final List<String> AMOUNTS =
      List.of(
          "basic_paid",
          "critical_paid",
          "assistance_paid",
          "supplementary_in_policy_paid",
          "supplementary_ooc_paid",
          "supplementary_paid",
          "hospital_borne",
          "patient_oop",
          "funds_paid");

  public static final StructType SCHEMA = build();

  private SettlementSchema() {}

  private static StructType build() {
    StructType s = new StructType();
    s = s.add("claim_id", StringType, false)
        .add("person_id", StringType, false)
        .add("household_id", StringType, true)
        .add("region_code", StringType, true)
        .add("policy_id", StringType, true)
        .add("policy_file", StringType, true)
        .add("policy_version", StringType, true)
        .add("insurance_year", IntegerType, false)
        .add("facility_id", StringType, false)
        .add("facility_region_code", StringType, true)
        .add("tier", StringType, true)
        .add("visit_type", StringType, false)
        .add("admission_date", DateType, false)
        .add("discharge_date", DateType, false)
        .add("diagnosis_code", StringType, true)
        .add("category", StringType, false)
        .add("status", StringType, false)
        .add("emergency", BooleanType, true)
        .add("in_county", BooleanType, true)
        .add("referral_compliant", BooleanType, true)
        .add("total_cost", MONEY, false)
        .add("in_policy_cost", MONEY, false)
        .add("out_of_catalogue_cost", MONEY, false);
    for (String a : AMOUNTS) {
      s = s.add(a, MONEY, false);
    }
    return s.add("flags", createArrayType(StringType, false), false)
        .add("trace", createArrayType(TRACE_STEP, false), false)
        .add("reported_basic_paid", MONEY, true)
        .add("reported_critical_paid", MONEY, true)
        .add("reported_assistance_paid", MONEY, true)
        .add("reported_supplementary_paid", MONEY, true)
        .add("settled_at", TimestampType, true)
        .add("input_hash", LongType, false);
  }

  public static StructField field(String name) {
    return SCHEMA.apply(name);
  }
}
