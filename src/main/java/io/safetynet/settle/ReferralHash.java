package io.safetynet.settle;

import java.util.Arrays;
import org.apache.spark.sql.catalyst.expressions.XXH64;

/**
 * The hash of a person's referrals that goes into every person-year fingerprint: Spark's
 * {@code xxhash64(sort_array(collect_list(xxhash64(referral columns))))}, 0 for a person without referrals. It is
 * computed here, on the rows of the person stream, instead of by that aggregate (which needed a shuffle of its own),
 * and equals it bit for bit, so fingerprints stored before stay valid: Spark hashes an array by folding its
 * elements into the seed 42 with XXH64 ({@code InterpretedHashFunction.hash}).
 */
final class ReferralHash {
  private static final long SPARK_SEED = 42L;

  private ReferralHash() {}

  static long of(long[] referralRowHashes) {
    if (referralRowHashes.length == 0) {
      return 0L;
    }
    long[] sorted = referralRowHashes.clone();
    Arrays.sort(sorted);
    long h = SPARK_SEED;
    for (long v : sorted) {
      h = XXH64.hashLong(v, h);
    }
    return h;
  }
}
