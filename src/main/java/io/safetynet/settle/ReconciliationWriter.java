package io.safetynet.settle;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import io.safetynet.spark.Warehouse;

/**
 * Rebuilds the {@code reconciliation} table: one row per active claim and fund where the amount the hospital's
 * system reported differs from the recomputed one by more than 0.01 yuan.
 */
final class ReconciliationWriter {
  private static final String[][] FUNDS = {
    {"BASIC", "reported_basic_paid", "basic_paid"},
    {"CRITICAL_ILLNESS", "reported_critical_paid", "critical_paid"},
    {"ASSISTANCE", "reported_assistance_paid", "assistance_paid"},
    {"SUPPLEMENTARY", "reported_supplementary_paid", "supplementary_paid"},
  };
  /** One scan of {@code settlement}: each active claim's four (fund, reported, recomputed) pairs, exploded. */
  long rebuild(Warehouse t) {
    Column[] pairs = new Column[FUNDS.length];
    for (int i = 0; i < FUNDS.length; i++) {
      pairs[i] = struct(lit(FUNDS[i][0]).as("fund"), col(FUNDS[i][1]).as("reported"), col(FUNDS[i][2]).as("recomputed"));
    }
    Dataset<Row> all = t.read(Warehouse.SETTLEMENT)
        .where(col("status").equalTo("ACTIVE"))
        .select(col("claim_id"), col("person_id"), col("facility_id"), col("insurance_year"), col("discharge_date"),
            explode(array(pairs)).as("f"))
        .where(col("f.reported").isNotNull()
            .and(abs(col("f.reported").minus(col("f.recomputed"))).gt(lit(new java.math.BigDecimal("0.01")))))
        .select(col("claim_id"), col("person_id"), col("facility_id"), col("insurance_year"), col("discharge_date"),
            col("f.fund").as("fund"), col("f.reported").as("reported"), col("f.recomputed").as("recomputed"),
            col("f.reported").minus(col("f.recomputed")).cast(SettlementSchema.MONEY).as("difference"));
    Dataset<Row> rows = all.cache();
    long n = rows.count();
    rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(t.path("reconciliation"));
    rows.unpersist();
    return n;
  }
}
