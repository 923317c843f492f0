package io.safetynet.settle;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import io.safetynet.engine.Facility;
import io.safetynet.spark.Warehouse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the engine needs, read from the warehouse's cleaned tables: the person stream (claims, enrolment, referrals
 * and the hashes of everything a settlement depends on, grouped by person) and the facilities as a small map for
 * broadcasting. Shared by settle and simulate.
 */
public final class SettleInputs {
  static final String[] CLAIM_COLUMNS = {
    "claim_id", "person_id", "facility_id", "visit_type", "admission_date", "discharge_date", "diagnosis_code",
    "total_cost", "in_policy_cost", "out_of_catalogue_cost", "emergency", "referral_id", "exclusion_reason", "status",
    "reported_basic_paid", "reported_critical_paid", "reported_assistance_paid", "reported_supplementary_paid",
    "settled_at"
  };
  static final String[] ENROLMENT_COLUMNS = {
    "region_code", "household_id", "birth_date", "category", "poverty_identified_on", "poverty_exited_on",
    "severe_disability", "supplementary_insured"
  };
  static final String[] REFERRAL_COLUMNS = {
    "referral_id", "person_id", "from_facility_id", "to_facility_id", "issued_on", "emergency", "filed_on"
  };
  static final String[] FACILITY_COLUMNS = {
    "facility_id", "region_code", "tier", "designated", "major_disease_designated"
  };

  private final Warehouse warehouse;

  public SettleInputs(SparkSession spark, String root) {
    this.warehouse = new Warehouse(spark, root);
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /** Every facility by id. Facilities are few (thousands), so they travel to executors as one broadcast map. */
  public Map<String, Facility> facilities() {
    Map<String, Facility> out = new HashMap<>();
    for (Row r : require("facilities").select(cols(FACILITY_COLUMNS)).collectAsList()) {
      out.put(r.getAs("facility_id"), EngineRows.facility(r));
    }
    return out;
  }

  /** Kinds of row in the person stream, in the order they sort within a person-year. */
  static final int REFERRAL = 0;
  static final int STORED = 1;
  static final int ENROLMENT = 2;
  static final int CLAIM = 3;

  /** The person stream of every person-year (see {@link #personStream(Optional, Optional)}), no stored hashes. */
  public Dataset<Row> personStream() {
    return personStream(Optional.empty(), Optional.empty());
  }

  /**
   * Everything that settles a person's claims, as one stream shuffled once by person and sorted by (person_id,
   * insurance_year, kind): the person's referrals (kind {@link #REFERRAL}, no year, so they come first), and per
   * insurance year the fingerprint stored with its settlement rows ({@link #STORED}), its enrolment
   * ({@link #ENROLMENT}) and its claims ({@link #CLAIM}). Columns: {@code person_id, insurance_year, kind, claim}
   * (struct of {@link #CLAIM_COLUMNS}), {@code row_hash} (claim and facility), {@code enrolment} (struct),
   * {@code enr_hash, referral} (struct), {@code ref_hash} (of the one referral row), {@code stored_hash}; a row fills
   * the columns of its kind. {@link PersonYearRows} reads it back as person-years.
   *
   * <p>Joining claims to enrolment and referrals instead shuffled and sorted every wide claim row three times (two
   * sort-merge joins on different keys, then the grouping by person-year).
   *
   * @param changed only these person-years (few enough to broadcast), or everyone's
   * @param stored {@code person_id, insurance_year, stored_hash} of the settlement table, if there is one
   */
  Dataset<Row> personStream(Optional<ChangedPersonYears> changed, Optional<Dataset<Row>> stored) {
    Dataset<Row> facHash =
        require("facilities").select(col("facility_id"), xxhash64(cols(FACILITY_COLUMNS)).as("fac_hash"));
    Dataset<Row> claims =
        ofPersonYears(changed, require("claims"))
            .join(broadcast(facHash), new String[] {"facility_id"}, "left")
            .select(
                col("person_id"),
                col("insurance_year"),
                lit(CLAIM).as("kind"),
                struct(cols(CLAIM_COLUMNS)).as("claim"),
                xxhash64(xxhash64(cols(CLAIM_COLUMNS)), coalesce(col("fac_hash"), lit(0L))).as("row_hash"));
    Dataset<Row> enrolment =
        ofPersonYears(changed, require("enrolment"))
            .select(
                col("person_id"),
                col("insurance_year"),
                lit(ENROLMENT).as("kind"),
                struct(cols(ENROLMENT_COLUMNS)).as("enrolment"),
                xxhash64(cols(ENROLMENT_COLUMNS)).as("enr_hash"));
    Dataset<Row> referrals =
        changed.map(c -> c.ofPersons(referralsOrEmpty())).orElseGet(this::referralsOrEmpty)
            .select(
                col("person_id"),
                lit(null).cast(DataTypes.IntegerType).as("insurance_year"),
                lit(REFERRAL).as("kind"),
                struct(cols(REFERRAL_COLUMNS)).as("referral"),
                xxhash64(cols(REFERRAL_COLUMNS)).as("ref_hash"));
    Dataset<Row> all = claims.unionByName(enrolment, true).unionByName(referrals, true);
    if (stored.isPresent()) {
      all = all.unionByName(stored.get().select(col("person_id"), col("insurance_year"), lit(STORED).as("kind"),
          col("stored_hash")), true);
    } else {
      all = all.withColumn("stored_hash", lit(null).cast(DataTypes.LongType));
    }
    return all
        .repartition(col("person_id"))
        .sortWithinPartitions("person_id", "insurance_year", "kind");
  }

  /** The rows of the changed person-years, or all rows. */
  static Dataset<Row> ofPersonYears(Optional<ChangedPersonYears> changed, Dataset<Row> rows) {
    return changed.map(c -> c.ofPersonYears(rows)).orElse(rows);
  }

  Dataset<Row> require(String table) {
    if (!warehouse.exists(table)) {
      throw new IllegalStateException("table '" + table + "' not found at " + warehouse.path(table)
          + ": run `jobs/safetynet ingest --input DIR --warehouse " + warehouse.root() + "` first");
    }
    return warehouse.read(table);
  }

  private Dataset<Row> referralsOrEmpty() {
    if (warehouse.exists("referrals")) {
      return warehouse.read("referrals");
    }
    StructType schema = new StructType();
    for (String c : REFERRAL_COLUMNS) {
      schema = schema.add(c, c.endsWith("_on") ? DataTypes.DateType
          : c.equals("emergency") ? DataTypes.BooleanType : DataTypes.StringType);
    }
    return warehouse.read("claims").sparkSession().createDataFrame(java.util.List.of(), schema);
  }

  static Column[] cols(String... names) {
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }
}
