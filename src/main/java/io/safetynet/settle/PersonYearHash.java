package io.safetynet.settle;

import java.util.Arrays;

/**
 * The fingerprint of one person-year's inputs: its claims' row hashes (each covers the claim and its facility), its
 * enrolment hash, the person's referral hash and the policy configs' fingerprint. Order-free (the row hashes are
 * sorted), so re-reading the same inputs in another order gives the same value. 64 bits, mixed with the SplitMix64
 * finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
 */
final class PersonYearHash {
  private PersonYearHash() {}

  static long of(long[] rowHashes, long enrolmentHash, long referralHash, long policyFingerprint) {
    long[] sorted = rowHashes.clone();
    Arrays.sort(sorted);
    long h = mix(policyFingerprint);
    for (long v : sorted) {
      h = mix(h ^ v);
    }
    h = mix(h ^ enrolmentHash);
    return mix(h ^ referralHash);
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
