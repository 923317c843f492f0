package io.safetynet.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The input versions a settlement commit records, and when they let the next settle read only changed person-years.
 */
class SettleStateTest {
  private static final SettleState LAST = new SettleState(
      Map.of("claims", 4L, "enrolment", 3L, "facilities", 1L),
      Map.of("claims", "c-id", "enrolment", "e-id", "facilities", "f-id"), 42L);

  @Test
  void roundTripsThroughCommitMetadata() {
    assertEquals(Optional.of(LAST), SettleState.parse(LAST.toJson()));
    assertEquals(Optional.empty(), SettleState.parse("nightly run by ops"), "someone else's metadata");
    assertEquals(Optional.empty(), SettleState.parse("{\"other\": 1}"));
  }

  @Test
  void readsOnlyChangedPersonYearsWhileNothingGlobalChanged() {
    SettleState newerClaims = new SettleState(Map.of("claims", 9L, "enrolment", 3L, "facilities", 1L), LAST.ids(), 42L);
    assertEquals(Optional.empty(), ChangedPersonYears.fullPassReason(Optional.of(LAST), newerClaims));
    assertEquals(Optional.of("the settlement table records no input versions yet"),
        ChangedPersonYears.fullPassReason(Optional.empty(), newerClaims));
    assertEquals(Optional.of("the policy configuration changed"),
        ChangedPersonYears.fullPassReason(Optional.of(LAST), new SettleState(LAST.versions(), LAST.ids(), 43L)));
    assertEquals(Optional.of("the facilities table changed"), ChangedPersonYears.fullPassReason(Optional.of(LAST),
        new SettleState(Map.of("claims", 4L, "enrolment", 3L, "facilities", 2L), LAST.ids(), 42L)));
    assertEquals(Optional.of("the claims table was created since the last settlement"),
        ChangedPersonYears.fullPassReason(Optional.of(LAST), new SettleState(LAST.versions(),
            Map.of("claims", "new-id", "enrolment", "e-id", "facilities", "f-id"), 42L)));
    assertEquals(Optional.of("the referrals table was created since the last settlement"),
        ChangedPersonYears.fullPassReason(Optional.of(LAST), new SettleState(
            Map.of("claims", 4L, "enrolment", 3L, "facilities", 1L, "referrals", 0L),
            Map.of("claims", "c-id", "enrolment", "e-id", "facilities", "f-id", "referrals", "r-id"), 42L)));
  }
}
