package io.safetynet.settle;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
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
 * What the engine needs, read from the warehouse's cleaned tables: one row per claim with its person-year's
 * enrolment (struct, null when not enrolled), the person's referrals (array) and hashes of everything a
 * settlement depends on; and the facilities as a small map for broadcasting. Shared by settle and simulate.
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

  /** One row per claim, joined with what settles it, plus {@code row_hash}, {@code enr_hash}, {@code ref_hash}. */
  public Dataset<Row> claimRows() {
    return claimRows(Optional.empty());
  }

  /**
   * As {@link #claimRows()}, for the given persons only ({@code person_id}s, few enough to broadcast): their
   * claims, enrolment and referrals are picked out as they are read, before any join or shuffle.
   */
  public Dataset<Row> claimRows(Optional<Dataset<Row>> persons) {
    Dataset<Row> claims =
        only(persons, require("claims"))
            .select(concat(cols(CLAIM_COLUMNS), col("insurance_year")))
            .withColumn("claim_hash", xxhash64(cols(CLAIM_COLUMNS)));
    Dataset<Row> facHash =
        require("facilities").select(col("facility_id"), xxhash64(cols(FACILITY_COLUMNS)).as("fac_hash"));
    Dataset<Row> enrolment =
        only(persons, require("enrolment"))
            .select(
                col("person_id"),
                col("insurance_year"),
                struct(cols(ENROLMENT_COLUMNS)).as("enrolment"),
                xxhash64(cols(ENROLMENT_COLUMNS)).as("enr_hash"));
    Dataset<Row> referrals =
        only(persons, referralsOrEmpty())
            .groupBy("person_id")
            .agg(
                collect_list(struct(cols(REFERRAL_COLUMNS))).as("referrals"),
                xxhash64(sort_array(collect_list(xxhash64(cols(REFERRAL_COLUMNS))))).as("ref_hash"));
    return claims
        .join(broadcast(facHash), new String[] {"facility_id"}, "left")
        .withColumn("row_hash", xxhash64(col("claim_hash"), coalesce(col("fac_hash"), lit(0L))))
        .drop("claim_hash", "fac_hash") // in row_hash now; every byte left on a row is shuffled and sorted
        .join(enrolment, new String[] {"person_id", "insurance_year"}, "left")
        .join(referrals, new String[] {"person_id"}, "left")
        .withColumn("enr_hash", coalesce(col("enr_hash"), lit(0L)))
        .withColumn("ref_hash", coalesce(col("ref_hash"), lit(0L)));
  }

  /** The rows of the given persons, or all rows. */
  static Dataset<Row> only(Optional<Dataset<Row>> persons, Dataset<Row> rows) {
    return persons.isEmpty() ? rows
        : rows.join(broadcast(persons.get()), new String[] {"person_id"}, "left_semi");
  }

  /** Claim rows grouped so each partition holds whole person-years, sorted by person-year. */
  public static Dataset<Row> byPersonYear(Dataset<Row> claimRows) {
    return claimRows
        .repartition(col("person_id"), col("insurance_year"))
        .sortWithinPartitions("person_id", "insurance_year");
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

  private static Column[] concat(Column[] a, Column b) {
    Column[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }
}
