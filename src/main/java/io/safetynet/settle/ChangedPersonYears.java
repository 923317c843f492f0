package io.safetynet.settle;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.safetynet.spark.Warehouse;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The person-years whose settlement inputs changed since the last settlement commit, read from the Delta change
 * data feed of claims, enrolment and referrals (ingest enables it on its tables): the person and insurance year of
 * inserted rows, and of both the old and the new image of updated ones, so a claim moved to another person or year
 * re-settles both sides. A referral has no year and may serve a claim of any year: it names every year of its
 * person (a null year). Only these person-years' claims, enrolment and stored fingerprints are read (and their
 * persons' referrals); the fingerprint still decides which of them are settled again. A person-year is settled on
 * its own (its claims, its enrolment row, the person's referrals), so the other years of a changed person are not
 * read.
 *
 * <p>Empty (fingerprint everything) when the changes cannot be known this way: no recorded state, a policy or
 * facility change (each may touch anyone), a table without a change feed for those versions (created before the
 * feed was enabled, or vacuumed), a table created anew since (another table id), or so many person-years that a
 * full pass is as cheap.
 *
 * @param personYears distinct {@code person_id, insurance_year} (null: every year of the person), cached: the
 *     caller unpersists
 * @param years the distinct years named, or empty when some entry names every year
 */
record ChangedPersonYears(Dataset<Row> personYears, Optional<SortedSet<Integer>> years) {
  /** More changed person-years than this: filter no more, a full pass costs about the same. */
  static final long MAX_PERSON_YEARS = 2_000_000;

  ChangedPersonYears {
    years = years.map(Collections::unmodifiableSortedSet);
  }

  /** @return the changed person-years, or empty: read everything */
  static Optional<ChangedPersonYears> since(SparkSession spark, Warehouse w, Optional<SettleState> last,
      SettleState now, Consumer<String> progress) {
    Optional<String> why = fullPassReason(last, now);
    if (why.isPresent()) {
      progress.accept("settle: fingerprinting every person-year (" + why.get() + ")");
      return Optional.empty();
    }
    Dataset<Row> changed = null;
    try {
      for (String t : new String[] {Warehouse.CLAIMS, Warehouse.ENROLMENT, Warehouse.REFERRALS}) {
        Long from = last.get().versions().get(t);
        Long to = now.versions().get(t);
        if (to == null || to.equals(from)) {
          continue;
        }
        Dataset<Row> feed = spark.read().format("delta").option("readChangeFeed", "true")
            .option("startingVersion", from + 1).option("endingVersion", to).load(w.path(t));
        Dataset<Row> rows = feed.select(col("person_id"), t.equals(Warehouse.REFERRALS)
            ? lit(null).cast(DataTypes.IntegerType).as("insurance_year") : col("insurance_year"));
        changed = changed == null ? rows : changed.union(rows);
      }
      if (changed == null) { // not after SettleJob found some input changed; fingerprinting everything is safe
        return Optional.empty();
      }
      Dataset<Row> distinct = changed.distinct().persist(StorageLevel.MEMORY_AND_DISK());
      // one action both fills the cache and counts the person-years per year
      long n = 0;
      SortedSet<Integer> years = new TreeSet<>();
      boolean everyYear = false;
      for (Row r : distinct.groupBy("insurance_year").count().collectAsList()) {
        n += r.getLong(1);
        if (r.isNullAt(0)) {
          everyYear = true;
        } else {
          years.add(r.getInt(0));
        }
      }
      if (n > MAX_PERSON_YEARS) {
        distinct.unpersist();
        progress.accept(String.format("settle: %,d person-years changed; fingerprinting every person-year", n));
        return Optional.empty();
      }
      progress.accept(String.format("settle: %,d person-years have changed claims, enrolment or referrals%s", n,
          everyYear ? " (a changed referral names every year of its person)" : ""));
      return Optional.of(new ChangedPersonYears(distinct, everyYear ? Optional.empty() : Optional.of(years)));
    } catch (RuntimeException e) {
      // e.g. DeltaAnalysisException: no change data recorded for a version (feed not enabled, or vacuumed)
      progress.accept("settle: fingerprinting every person-year (the change feed cannot say what changed: "
          + firstLine(e.getMessage()) + ")");
      return Optional.empty();
    }
  }

  /** The rows (with {@code person_id, insurance_year}) of the changed person-years. */
  Dataset<Row> ofPersonYears(Dataset<Row> rows) {
    Dataset<Row> c = broadcast(personYears.toDF("changed_person", "changed_year"));
    return rows.join(c, rows.col("person_id").equalTo(c.col("changed_person"))
        .and(c.col("changed_year").isNull().or(c.col("changed_year").equalTo(rows.col("insurance_year")))),
        "left_semi");
  }

  /** The rows (with {@code person_id}) of the persons of the changed person-years: their referrals. */
  Dataset<Row> ofPersons(Dataset<Row> rows) {
    return rows.join(broadcast(personYears.select("person_id").distinct()), new String[] {"person_id"}, "left_semi");
  }

  void unpersist() {
    personYears.unpersist();
  }

  static Optional<String> fullPassReason(Optional<SettleState> last, SettleState now) {
    if (last.isEmpty()) {
      return Optional.of("the settlement table records no input versions yet");
    }
    SettleState s = last.get();
    if (s.policyFingerprint() != now.policyFingerprint()) {
      return Optional.of("the policy configuration changed");
    }
    if (!Objects.equals(now.versions().get(Warehouse.FACILITIES), s.versions().get(Warehouse.FACILITIES))) {
      return Optional.of("the facilities table changed");
    }
    for (String t : SettleState.INPUTS) {
      if (!Objects.equals(now.ids().get(t), s.ids().get(t))) {
        return Optional.of("the " + t + " table was created since the last settlement");
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no message";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
