package io.safetynet.settle;

import java.util.List;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code settlement} table: one row per claim, its columns defined once in {@link SettlementColumn}. */
public final class SettlementSchema {
  public static final DecimalType MONEY = SettlementColumn.Types.MONEY;

  public static final StructType TRACE_STEP = SettlementColumn.Types.TRACE_STEP;

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
    for (SettlementColumn c : SettlementColumn.values()) {
      s = s.add(c.column(), c.type(), c.nullable());
    }
    return s;
  }

  public static StructField field(String name) {
    return SCHEMA.apply(name);
  }
}
