package io.safetynet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.config.PolicyLoader;
import io.safetynet.policy.Category;
import io.safetynet.policy.CriticalIllnessInsurance;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A year's critical-illness payments add up to round(F(annual base)), however the base is split over claims
 * (POLICY.md §2.3 pays F(cum_after) - F(cum_before); §2 rounds each payment to 0.01). Rounding each claim's
 * difference instead let a year drift by a fen per claim, which made a raised ratio lower a person-year's public
 * funds by 0.01 (found by ScenarioMonotonicityTest in CI).
 */
class CriticalIllnessRoundingTest {
  private static final CriticalIllnessInsurance XIAOGAN = PolicyLoader.load(Path.of("conf/policies/xiaogan-2018.yaml"))
      .termsOn(LocalDate.of(2018, 6, 30)).critical();

  @Test
  void claimsOfAYearAddUpToTheRoundedAnnualAmount() {
    // deductible 5000, 60% to 30000. Claim 1 moves the base 0 -> 6000.01: F = 600.006, pays 600.01.
    assertEquals(Money.of("600.01"), CriticalIllnessRule.payable(XIAOGAN, Category.POOR, Money.of("0"),
        Money.of("6000.01")));
    // Claim 2 moves it 6000.01 -> 7000.02: F = 1200.012 rounds to 1200.01, so it pays 600.00, not round(600.006).
    assertEquals(Money.of("600.00"), CriticalIllnessRule.payable(XIAOGAN, Category.POOR, Money.of("6000.01"),
        Money.of("7000.02")));
    // one claim with the whole base pays the same year total
    assertEquals(Money.of("1200.01"), CriticalIllnessRule.payable(XIAOGAN, Category.POOR, Money.of("0"),
        Money.of("7000.02")));
  }
}
