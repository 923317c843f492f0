package io.safetynet.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The person-year fingerprint ignores claim order and changes with any input it covers. */
class PersonYearHashTest {
  @Test
  void claimOrderDoesNotMatter() {
    assertEquals(PersonYearHash.of(new long[] {3, 1, 2}, 7, 8, 9), PersonYearHash.of(new long[] {1, 2, 3}, 7, 8, 9));
  }

  @Test
  void everyInputChangesTheFingerprint() {
    Set<Long> seen = new HashSet<>();
    seen.add(PersonYearHash.of(new long[] {1, 2, 3}, 7, 8, 9));
    seen.add(PersonYearHash.of(new long[] {1, 2, 4}, 7, 8, 9)); // a corrected claim
    seen.add(PersonYearHash.of(new long[] {1, 2}, 7, 8, 9)); // a claim fewer
    seen.add(PersonYearHash.of(new long[] {1, 2, 3, 3}, 7, 8, 9)); // a duplicate claim row
    seen.add(PersonYearHash.of(new long[] {1, 2, 3}, 6, 8, 9)); // enrolment
    seen.add(PersonYearHash.of(new long[] {1, 2, 3}, 7, 0, 9)); // referrals
    seen.add(PersonYearHash.of(new long[] {1, 2, 3}, 7, 8, 10)); // policy files
    seen.add(PersonYearHash.of(new long[] {1, 2, 3}, 8, 7, 9)); // enrolment and referral hashes swapped
    assertEquals(8, seen.size());
  }

  @Test
  void theInputArrayIsLeftAsItWas() {
    long[] hashes = {3, 1, 2};
    PersonYearHash.of(hashes, 0, 0, 0);
    assertNotEquals(1L, hashes[0]);
  }
}
