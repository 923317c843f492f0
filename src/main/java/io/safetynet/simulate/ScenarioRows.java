package io.safetynet.simulate;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The compact per-claim row a simulation emits for the baseline and each scenario: who and what the claim is, and
 * its amounts (no trace). Column names follow the settlement table (settlement-schema.md) so indicator and forecast
 * code written for that table runs on these rows unchanged. {@code admissions} is the utilisation weight (1 unless
 * {@link UtilisationResponse} applies; the amounts are already scaled by it).
 */
public final class ScenarioRows {
  static final DataType MONEY = DataTypes.createDecimalType(18, 2);
  static final String[] AMOUNTS = {
    "total_cost", "in_policy_cost", "out_of_catalogue_cost", "basic_paid", "critical_paid", "assistance_paid",
    "supplementary_in_policy_paid", "supplementary_ooc_paid", "supplementary_paid", "hospital_borne", "patient_oop",
    "funds_paid"
  };

  public static final StructType SCHEMA = schema();

  private ScenarioRows() {}

  private static StructType schema() {
    StructType s = new StructType()
        .add("scenario", DataTypes.StringType, false)
        .add("claim_id", DataTypes.StringType)
        .add("person_id", DataTypes.StringType)
        .add("household_id", DataTypes.StringType)
        .add("region_code", DataTypes.StringType)
        .add("policy_id", DataTypes.StringType)
        .add("policy_version", DataTypes.StringType)
        .add("insurance_year", DataTypes.IntegerType)
        .add("category", DataTypes.StringType)
        .add("visit_type", DataTypes.StringType)
        .add("tier", DataTypes.StringType)
        .add("diagnosis_code", DataTypes.StringType)
        .add("status", DataTypes.StringType)
        .add("admission_date", DataTypes.DateType)
        .add("discharge_date", DataTypes.DateType)
        .add("settled_at", DataTypes.TimestampType)
        .add("admissions", DataTypes.createDecimalType(12, 6));
    for (String a : AMOUNTS) {
      s = s.add(a, MONEY);
    }
    return s;
  }
}
