package io.safetynet.settle;

import io.safetynet.spark.Warehouse;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The persons whose settlement inputs changed since the last settlement commit, read from the Delta change data
 * feed of claims, enrolment and referrals (ingest enables it on its tables): inserted rows, and both the old and
 * the new image of updated ones, so a claim moved to another person or year re-settles both sides. Only these
 * persons' claims are read, joined and fingerprinted; the fingerprint still decides which of their person-years
 * are settled again. Empty (fingerprint everything) when the changes cannot be known this way: no recorded state,
 * a policy or facility change (each may touch anyone), a table without a change feed for those versions (created
 * before the feed was enabled, or vacuumed), a table created anew since (another table id), or so many persons
 * that a full pass is as cheap.
 */
final class ChangedPersons {
  /** More changed persons than this: filter no more, a full pass costs about the same. */
  static final long MAX_PERSONS = 2_000_000;
  private static final String[] PERSON_TABLES = {Warehouse.CLAIMS, Warehouse.ENROLMENT, Warehouse.REFERRALS};

  private ChangedPersons() {}

  /** @return the distinct changed {@code person_id}s, cached (the caller unpersists), or empty: read everything */
  static Optional<Dataset<Row>> since(SparkSession spark, Warehouse w, Optional<SettleState> last, SettleState now,
      Consumer<String> progress) {
    Optional<String> why = fullPassReason(last, now);
    if (why.isPresent()) {
      progress.accept("settle: fingerprinting every person-year (" + why.get() + ")");
      return Optional.empty();
    }
    Dataset<Row> persons = null;
    try {
      for (String t : PERSON_TABLES) {
        Long from = last.get().versions().get(t);
        Long to = now.versions().get(t);
        if (to == null || to.equals(from)) {
          continue;
        }
        Dataset<Row> changed = spark.read().format("delta").option("readChangeFeed", "true")
            .option("startingVersion", from + 1).option("endingVersion", to).load(w.path(t)).select("person_id");
        persons = persons == null ? changed : persons.union(changed);
      }
      if (persons == null) { // not after SettleJob found some input changed; fingerprinting everything is safe
        return Optional.empty();
      }
      Dataset<Row> distinct = persons.distinct().persist(StorageLevel.MEMORY_AND_DISK());
      long n = distinct.count();
      if (n > MAX_PERSONS) {
        distinct.unpersist();
        progress.accept(String.format("settle: %,d persons changed; fingerprinting every person-year", n));
        return Optional.empty();
      }
      progress.accept(String.format("settle: %,d persons have changed claims, enrolment or referrals", n));
      return Optional.of(distinct);
    } catch (RuntimeException e) {
      // e.g. DeltaAnalysisException: no change data recorded for a version (feed not enabled, or vacuumed)
      progress.accept("settle: fingerprinting every person-year (the change feed cannot say what changed: "
          + firstLine(e.getMessage()) + ")");
      return Optional.empty();
    }
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
