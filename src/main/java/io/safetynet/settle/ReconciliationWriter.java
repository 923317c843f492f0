package io.safetynet.settle;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

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
  long rebuild(Warehouse t) {
    Dataset<Row> s = t.read(Warehouse.SETTLEMENT).where(col("status").equalTo("ACTIVE"));
    Dataset<Row> all = null;
    for (String[] f : FUNDS) {
      Dataset<Row> d =
          s.where(col(f[1]).isNotNull().and(abs(col(f[1]).minus(col(f[2]))).gt(lit(new java.math.BigDecimal("0.01")))))
              .select(
                  col("claim_id"), col("person_id"), col("facility_id"), col("insurance_year"),
                  col("discharge_date"), lit(f[0]).as("fund"), col(f[1]).as("reported"), col(f[2]).as("recomputed"),
                  col(f[1]).minus(col(f[2])).cast(SettlementSchema.MONEY).as("difference"));
      all = all == null ? d : all.unionByName(d);
    }
    Dataset<Row> rows = all.cache();
    long n = rows.count();
    rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(t.path("reconciliation"));
    rows.unpersist();
    return n;
  }
}
