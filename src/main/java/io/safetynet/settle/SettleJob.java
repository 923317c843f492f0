package io.safetynet.settle;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.max;

import io.delta.tables.DeltaTable;
import io.safetynet.config.PolicyRegistry;
import io.safetynet.engine.Facility;
import io.safetynet.spark.Warehouse;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
 *
 * <p>Which person-years to look at comes from the change data feed of the input tables since the versions the last
 * settlement commit records ({@link ChangedPersonYears}); everyone on the first run or when that cannot be known.
 *
 * <p>One pass over the inputs: claims, enrolment, referrals and the fingerprints stored with the settlement are
 * shuffled by person once ({@link SettleInputs#personStream}), and {@link PersonYearSettler} both fingerprints and
 * settles each person-year. The first run writes the table straight from that pass; later runs cache the (few)
 * re-settled rows for the MERGE.
 */
public final class SettleJob {
  private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";
  /** Up to this many re-settled claims their ids are broadcast to find the years they are stored under now. */
  private static final long BROADCAST_CLAIM_IDS = 2_000_000;
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

    boolean exists = w.exists(Warehouse.SETTLEMENT);
    SettleState now = SettleState.current(spark, w, policyFingerprint);
    Optional<SettleState> last = exists ? SettleState.lastSettled(spark, w) : Optional.empty();
    if (last.isPresent() && last.get().equals(now)) {
      // the settlement was computed from exactly these table versions and policies: nothing to read
      long reconciliation = reconcile(w, now, false);
      double seconds = (System.nanoTime() - start) / 1e9;
      progress.accept(String.format("settle: no input changed since the last settlement; wrote nothing%s (%.1f s)",
          reconciliation >= 0 ? " but the reconciliation table, which the last run had not rebuilt" : "", seconds));
      return new SettleResult(0, 0, 0, 0, Math.max(0, reconciliation), seconds);
    }
    Optional<ChangedPersonYears> changed =
        exists ? ChangedPersonYears.since(spark, w, last, now, progress) : Optional.empty();
    try {
      Optional<Dataset<Row>> stored = exists
          ? Optional.of(SettleInputs.ofPersonYears(changed, w.read(Warehouse.SETTLEMENT))
              .groupBy("person_id", "insurance_year").agg(max("input_hash").as("stored_hash")))
          : Optional.empty();
      return settle(w, inputs.personStream(changed, stored), changed, facilities, policies, policyFingerprint, now,
          last, exists, start);
    } finally {
      changed.ifPresent(ChangedPersonYears::unpersist);
    }
  }

  private SettleResult settle(Warehouse w, Dataset<Row> personStream, Optional<ChangedPersonYears> changed,
      Broadcast<Map<String, Facility>> facilities, PolicyRegistry policies, long policyFingerprint, SettleState now,
      Optional<SettleState> last, boolean exists, long start) {
    progress.accept(exists
        ? "settle: settling the person-years whose inputs changed since the last run"
        : "settle: settling every person-year (no settlement table yet)");
    SettleCounters counters = new SettleCounters(spark.sparkContext());
    Dataset<Row> settled = personStream.mapPartitions(
        new PersonYearSettler(facilities, policies, policyFingerprint, counters),
        Encoders.row(SettlementSchema.SCHEMA));
    long written = write(w, settled, changed, exists, now);
    // a first run, or one that wrote rows, committed a settlement computed from `now`; otherwise it is as it was
    boolean committed = !exists || written > 0;
    long reconciliation = reconcile(w, committed ? now : last.orElse(null), committed);
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.accept(String.format("settle: looked at %,d claims in %,d person-years; %,d person-years (re)settled",
        counters.claims(), counters.personYears(), counters.resettledPersonYears()));
    progress.accept(String.format("settle: wrote %,d settlement rows%s in %.1f s", written,
        reconciliation >= 0 ? String.format(", %,d reconciliation differences", reconciliation) : " (nothing changed)",
        seconds));
    return new SettleResult(counters.claims(), counters.personYears(), counters.resettledPersonYears(), written,
        Math.max(0, reconciliation), seconds);
  }

  /**
   * Rebuilds the reconciliation table when the settlement changed, or when it was not built from the settlement as
   * it stands ({@code settledFrom}): a run killed between its settlement commit and the rebuild.
   *
   * @return the reconciliation rows written, or -1 when it was already up to date
   */
  private long reconcile(Warehouse w, SettleState settledFrom, boolean settlementChanged) {
    if (!settlementChanged && ReconciliationWriter.builtFrom(spark, w, settledFrom)) {
      return -1;
    }
    return new ReconciliationWriter().rebuild(w, settledFrom);
  }

  /**
   * One Delta commit. The first run creates the table straight from the settle pass (rows written = the commit's
   * numOutputRows); later runs cache the re-settled rows, since the MERGE and its year pruning read them more than
   * once, and MERGE them by claim id (with deletion vectors, only the changed rows are written).
   */
  private long write(Warehouse w, Dataset<Row> settled, Optional<ChangedPersonYears> changed, boolean exists,
      SettleState inputs) {
    if (!exists) {
      settled.write().format("delta").partitionBy("insurance_year").mode("overwrite")
          .option("userMetadata", inputs.toJson()).save(w.path(Warehouse.SETTLEMENT));
      Row last = DeltaTable.forPath(spark, w.path(Warehouse.SETTLEMENT)).history(1).select("operationMetrics").first();
      Map<String, String> metrics = last.getJavaMap(0);
      return Long.parseLong(metrics.getOrDefault("numOutputRows", "0"));
    }
    Dataset<Row> rows = settled.cache();
    long n = rows.count();
    if (n > 0) {
      // the commit records the input versions it was computed from (SettleState); MERGE takes no writer options
      spark.conf().set(USER_METADATA, inputs.toJson());
      try {
        DeltaTable.forPath(spark, w.path(Warehouse.SETTLEMENT))
            .as("t")
            .merge(source(rows, n).as("s"), yearsTouched(w, rows, n, changed) + "t.claim_id = s.claim_id")
            .whenMatched()
            .updateAll()
            .whenNotMatched()
            .insertAll()
            .execute();
      } finally {
        spark.conf().unset(USER_METADATA);
      }
    }
    rows.unpersist();
    return n;
  }

  /**
   * A day's re-settled rows carry a broadcast hint: the MERGE's search for the files it touches (an inner join on
   * claim_id, which reads only the claim ids of the source) then broadcasts them instead of shuffling the claim ids
   * of the whole table. Its rewrite, a right outer join keeping the source, cannot broadcast the source and ignores
   * the hint.
   */
  private static Dataset<Row> source(Dataset<Row> rows, long n) {
    return n <= BROADCAST_CLAIM_IDS ? broadcast(rows) : rows;
  }

  /**
   * {@code t.insurance_year IN (...) AND } for the years the MERGE can touch, so Delta reads and rewrites only
   * those partitions: the re-settled rows' years, plus the years their claims are stored under now (a corrected
   * discharge date can move a claim to another year, and its old row must still match, not be duplicated). When
   * the change feed named the person-years, those years are both: a re-settled claim's person-year is one of them,
   * and so is the one it is stored under, the same or, for a moved claim, its old image's.
   */
  private static String yearsTouched(Warehouse w, Dataset<Row> rows, long n, Optional<ChangedPersonYears> changed) {
    if (n > BROADCAST_CLAIM_IDS) {
      return ""; // a full re-settle touches every year anyway
    }
    SortedSet<Integer> years = changed.flatMap(ChangedPersonYears::years).orElseGet(() -> storedYears(w, rows));
    return years.isEmpty() ? "" : "t.insurance_year IN (" + years.stream().map(String::valueOf)
        .collect(Collectors.joining(", ")) + ") AND ";
  }

  /** The re-settled rows' years and those their claims are stored under now, found by a scan of the table. */
  private static SortedSet<Integer> storedYears(Warehouse w, Dataset<Row> rows) {
    // the re-settled claim ids are broadcast to the scan (a day's are a few hundred thousand): no table shuffle
    Dataset<Row> stored = w.read(Warehouse.SETTLEMENT).select("claim_id", "insurance_year")
        .join(broadcast(rows.select("claim_id")), new String[] {"claim_id"}, "left_semi")
        .select("insurance_year");
    SortedSet<Integer> years = new TreeSet<>();
    for (Row r : rows.select("insurance_year").union(stored).distinct().collectAsList()) {
      years.add(r.getInt(0));
    }
    return years;
  }
}
