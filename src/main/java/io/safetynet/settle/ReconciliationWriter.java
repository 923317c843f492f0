package io.safetynet.settle;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.delta.tables.DeltaTable;
import io.safetynet.spark.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Rebuilds the {@code reconciliation} table: one row per active claim and fund where the amount the hospital's
 * system reported differs from the recomputed one by more than 0.01 yuan. Its commit records the {@link SettleState}
 * of the settlement it was built from, so a settle killed between its settlement commit and this rebuild is
 * noticed by the next one ({@link #builtFrom}), even when that one has nothing to settle.
 */
final class ReconciliationWriter {
  private static final String[][] FUNDS = {
    {"BASIC", "reported_basic_paid", "basic_paid"},
    {"CRITICAL_ILLNESS", "reported_critical_paid", "critical_paid"},
    {"ASSISTANCE", "reported_assistance_paid", "assistance_paid"},
    {"SUPPLEMENTARY", "reported_supplementary_paid", "supplementary_paid"},
  };
  /** Whether the table exists and was rebuilt from the settlement computed from {@code settled}. */
  static boolean builtFrom(SparkSession spark, Warehouse w, SettleState settled) {
    if (settled == null || !w.exists(Warehouse.RECONCILIATION)) {
      return false;
    }
    Row last = DeltaTable.forPath(spark, w.path(Warehouse.RECONCILIATION)).history(1).select("userMetadata").first();
    return !last.isNullAt(0) && SettleState.parse(last.getString(0)).filter(settled::equals).isPresent();
  }

  /**
   * One scan of {@code settlement}: each active claim's four (fund, reported, recomputed) pairs, exploded.
   *
   * @param settled the state the settlement table was computed from (recorded in the commit), or null if unknown
   */
  long rebuild(Warehouse t, SettleState settled) {
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
    var writer = rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true");
    if (settled != null) {
      writer = writer.option("userMetadata", settled.toJson());
    }
    writer.save(t.path(Warehouse.RECONCILIATION));
    rows.unpersist();
    return n;
  }
}
