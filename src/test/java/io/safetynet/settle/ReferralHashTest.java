package io.safetynet.settle;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.xxhash64;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.spark.TestSpark;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The referral hash computed on the person stream equals the Spark aggregate settle used before, so the fingerprints
 * stored in existing settlement tables stay valid (no full re-settle after the upgrade).
 */
class ReferralHashTest {
  @Test
  void equalsSparksSortedCollectListHash() {
    SparkSession spark = TestSpark.session();
    StructType schema = new StructType().add("person_id", DataTypes.StringType).add("referral_id", DataTypes.StringType)
        .add("to_facility_id", DataTypes.StringType);
    Dataset<Row> referrals = spark.createDataFrame(List.of(
        RowFactory.create("P1", "R1", "F1"),
        RowFactory.create("P1", "R2", "F2"),
        RowFactory.create("P1", "R3", null),
        RowFactory.create("P2", "R4", "F1"),
        RowFactory.create("P3", "R5", "F9"),
        RowFactory.create("P3", "R5", "F9")), schema)
        .withColumn("h", xxhash64(col("referral_id"), col("to_facility_id")));

    Map<String, Long> spark4 = new HashMap<>();
    for (Row r : referrals.groupBy("person_id").agg(xxhash64(sort_array(collect_list(col("h")))).as("ref_hash"))
        .collectAsList()) {
      spark4.put(r.getString(0), r.getLong(1));
    }
    Map<String, List<Long>> rowHashes = new HashMap<>();
    for (Row r : referrals.select("person_id", "h").collectAsList()) {
      rowHashes.computeIfAbsent(r.getString(0), k -> new java.util.ArrayList<>()).add(r.getLong(1));
    }
    assertEquals(3, spark4.size());
    for (Map.Entry<String, List<Long>> e : rowHashes.entrySet()) {
      // reversed: the order the rows arrive in does not matter
      long[] hashes = e.getValue().stream().mapToLong(Long::longValue).toArray();
      java.util.Collections.reverse(e.getValue());
      long[] reversed = e.getValue().stream().mapToLong(Long::longValue).toArray();
      assertEquals(spark4.get(e.getKey()), ReferralHash.of(hashes), e.getKey());
      assertEquals(spark4.get(e.getKey()), ReferralHash.of(reversed), e.getKey());
    }
  }

  @Test
  void aPersonWithoutReferralsHashesToZero() {
    // settle coalesced the missing aggregate to 0
    assertEquals(0L, ReferralHash.of(new long[0]));
  }
}
