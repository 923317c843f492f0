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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the {@code settlement} table, in table order: the ONE definition the schema
 * ({@link SettlementSchema#SCHEMA}), the settle job's rows and the test fixtures are built from. A row is filled by
 * column ({@link #put}) and checked whole ({@link #row}), so no list of 40 positional values can drift from the
 * schema.
 */
public enum SettlementColumn {
  CLAIM_ID("claim_id", StringType, false),
  PERSON_ID("person_id", StringType, false),
  HOUSEHOLD_ID("household_id", StringType, true),
  REGION_CODE("region_code", StringType, true),
  POLICY_ID("policy_id", StringType, true),
  POLICY_FILE("policy_file", StringType, true),
  POLICY_VERSION("policy_version", StringType, true),
  INSURANCE_YEAR("insurance_year", IntegerType, false),
  FACILITY_ID("facility_id", StringType, false),
  FACILITY_REGION_CODE("facility_region_code", StringType, true),
  TIER("tier", StringType, true),
  VISIT_TYPE("visit_type", StringType, false),
  ADMISSION_DATE("admission_date", DateType, false),
  DISCHARGE_DATE("discharge_date", DateType, false),
  DIAGNOSIS_CODE("diagnosis_code", StringType, true),
  CATEGORY("category", StringType, false),
  STATUS("status", StringType, false),
  EMERGENCY("emergency", BooleanType, true),
  IN_COUNTY("in_county", BooleanType, true),
  REFERRAL_COMPLIANT("referral_compliant", BooleanType, true),
  TOTAL_COST("total_cost", Types.MONEY, false),
  IN_POLICY_COST("in_policy_cost", Types.MONEY, false),
  OUT_OF_CATALOGUE_COST("out_of_catalogue_cost", Types.MONEY, false),
  BASIC_PAID("basic_paid", Types.MONEY, false),
  CRITICAL_PAID("critical_paid", Types.MONEY, false),
  ASSISTANCE_PAID("assistance_paid", Types.MONEY, false),
  SUPPLEMENTARY_IN_POLICY_PAID("supplementary_in_policy_paid", Types.MONEY, false),
  SUPPLEMENTARY_OOC_PAID("supplementary_ooc_paid", Types.MONEY, false),
  SUPPLEMENTARY_PAID("supplementary_paid", Types.MONEY, false),
  HOSPITAL_BORNE("hospital_borne", Types.MONEY, false),
  PATIENT_OOP("patient_oop", Types.MONEY, false),
  FUNDS_PAID("funds_paid", Types.MONEY, false),
  FLAGS("flags", createArrayType(StringType, false), false),
  TRACE("trace", createArrayType(Types.TRACE_STEP, false), false),
  REPORTED_BASIC_PAID("reported_basic_paid", Types.MONEY, true),
  REPORTED_CRITICAL_PAID("reported_critical_paid", Types.MONEY, true),
  REPORTED_ASSISTANCE_PAID("reported_assistance_paid", Types.MONEY, true),
  REPORTED_SUPPLEMENTARY_PAID("reported_supplementary_paid", Types.MONEY, true),
  SETTLED_AT("settled_at", TimestampType, true),
  INPUT_HASH("input_hash", LongType, false);

  private static final SettlementColumn[] ALL = values();

  /**
   * The column types, in a holder of their own: the enum must not depend on {@link SettlementSchema}, whose schema
   * is built from the enum. (On an executor the first class touched is this enum; a type taken from
   * SettlementSchema would start that class's initialisation, which reads {@code values()} before they exist.)
   */
  static final class Types {
    static final DecimalType MONEY = createDecimalType(18, 2);
    static final StructType TRACE_STEP =
        createStructType(
            List.of(
                createStructField("rule", StringType, false),
                createStructField("clause", StringType, false),
                createStructField("amount", MONEY, false),
                createStructField("detail", StringType, false)));

    private Types() {}
  }

  private final String column;
  private final DataType type;
  private final boolean nullable;

  SettlementColumn(String column, DataType type, boolean nullable) {
    this.column = column;
    this.type = type;
    this.nullable = nullable;
  }

  public String column() {
    return column;
  }

  public DataType type() {
    return type;
  }

  public boolean nullable() {
    return nullable;
  }

  /** A new, empty row of values to fill with {@link #put}. */
  public static Object[] newValues() {
    return new Object[ALL.length];
  }

  /** Sets this column's value; Spark takes arrays as Scala sequences, so a List is converted here. */
  public void put(Object[] values, Object value) {
    values[ordinal()] = value instanceof List<?> list
        ? scala.collection.JavaConverters.asScalaBuffer(list).toSeq()
        : value;
  }

  /** The filled values as a Row; fails naming the column when a required value was left out. */
  public static Row row(Object[] values) {
    for (SettlementColumn c : ALL) {
      if (!c.nullable && values[c.ordinal()] == null) {
        throw new IllegalStateException("settlement row without " + c.column + ": " + values[0]);
      }
    }
    return RowFactory.create(values);
  }
}
