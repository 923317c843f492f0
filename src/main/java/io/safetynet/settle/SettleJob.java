package io.safetynet.settle;

import static org.apache.spark.sql.functions.sum;

import io.delta.tables.DeltaTable;
import io.safetynet.config.PolicyRegistry;
import io.safetynet.engine.Facility;
import io.safetynet.spark.Warehouse;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Recomputes the settlement of every claim with the engine, per person and insurance year, and merges the result
 * into the {@code settlement} table by claim id. Each person-year carries a fingerprint of its inputs (its claims,
 * the facilities they name, its enrolment row, the person's referrals and the policy configs): only person-years
 * whose fingerprint changed are settled again, so a re-run with nothing changed writes nothing, and a corrected
 * early claim re-settles every later claim of its person-year.
 */
public final class SettleJob {
  private final SparkSession spark;
  private final Consumer<String> progress;

  public SettleJob(SparkSession spark, Consumer<String> progress) {
    this.spark = spark;
    this.progress = progress;
  }

  public SettleResult run(SettleSpec spec) {
    long start = System.nanoTime();
    PolicyRegistry policies = Policies.load(spec.policies());
    long policyFingerprint = PolicyFingerprint.of(spec.policies());
    SettleInputs inputs = new SettleInputs(spark, spec.warehouse());
    Warehouse w = inputs.warehouse();
    Broadcast<Map<String, Facility>> facilities =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(inputs.facilities());

    Dataset<Row> claimRows = inputs.claimRows();
    Dataset<Row> fingerprints = SettleInputs.fingerprints(claimRows, policyFingerprint).cache();
    long personYears = fingerprints.count();
    long claims = personYears == 0 ? 0 : fingerprints.agg(sum("claims")).first().getLong(0);

    Dataset<Row> changed = fingerprints.select("person_id", "insurance_year", "input_hash");
    boolean exists = w.exists(Warehouse.SETTLEMENT);
    if (exists) {
      Dataset<Row> current = w.read(Warehouse.SETTLEMENT).select("person_id", "insurance_year", "input_hash").distinct();
      changed = changed.join(current, new String[] {"person_id", "insurance_year", "input_hash"}, "left_anti");
    }
    changed = changed.cache();
    long changedCount = changed.count();
    progress.accept(String.format("settle: %,d claims in %,d person-years; %,d person-years to (re)settle",
        claims, personYears, changedCount));
    long written = 0;
    long reconciliation = -1;
    if (changedCount > 0) {
      Dataset<Row> settled =
          SettleInputs.byPersonYear(claimRows.join(changed, new String[] {"person_id", "insurance_year"}))
              .mapPartitions(new PersonYearSettler(facilities, policies), Encoders.row(SettlementSchema.SCHEMA));
      written = write(w, settled, exists);
      reconciliation = new ReconciliationWriter().rebuild(w);
    }
    fingerprints.unpersist();
    changed.unpersist();
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.accept(String.format("settle: wrote %,d settlement rows%s in %.1f s", written,
        reconciliation >= 0 ? String.format(", %,d reconciliation differences", reconciliation) : " (nothing changed)",
        seconds));
    return new SettleResult(claims, personYears, changedCount, written, Math.max(0, reconciliation), seconds);
  }

  /** One Delta commit: the first run creates the table, later runs MERGE the re-settled rows by claim id. */
  private long write(Warehouse w, Dataset<Row> settled, boolean exists) {
    Dataset<Row> rows = settled.cache();
    long n = rows.count();
    if (!exists) {
      rows.write().format("delta").partitionBy("insurance_year").mode("overwrite").save(w.path(Warehouse.SETTLEMENT));
    } else {
      DeltaTable.forPath(spark, w.path(Warehouse.SETTLEMENT))
          .as("t")
          .merge(rows.as("s"), yearsTouched(w, rows) + "t.claim_id = s.claim_id")
          .whenMatched()
          .updateAll()
          .whenNotMatched()
          .insertAll()
          .execute();
    }
    rows.unpersist();
    return n;
  }

  /**
   * {@code t.insurance_year IN (...) AND } for the years the MERGE can touch, so Delta reads and rewrites only
   * those partitions: the re-settled rows' years, plus the years their claims are stored under now (a corrected
   * discharge date can move a claim to another year, and its old row must still match, not be duplicated).
   */
  private static String yearsTouched(Warehouse w, Dataset<Row> rows) {
    Dataset<Row> stored = w.read(Warehouse.SETTLEMENT).select("claim_id", "insurance_year")
        .join(rows.select("claim_id"), new String[] {"claim_id"}, "left_semi").select("insurance_year");
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
    for (Row r : rows.select("insurance_year").union(stored).distinct().collectAsList()) {
      years.add(r.getInt(0));
    }
    return years.isEmpty() ? "" : "t.insurance_year IN (" + years.stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", ")) + ") AND ";
  }
}
