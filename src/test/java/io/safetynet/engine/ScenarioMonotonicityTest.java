package io.safetynet.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.config.Scenario;
import io.safetynet.config.ScenarioLoader;
import io.safetynet.policy.Policy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shipped planners' scenarios (conf/scenarios) never lower a person-year's PUBLIC fund payment
 * (basic + critical + assistance), on {@link SettlementPropertiesTest}'s random person-years of their regions; the
 * two that lower a deductible or threshold never lower a person-year's TOTAL fund payment either.
 *
 * <p>Why this holds although total funds need not (MonotonicityLimitTest): the supplementary top-up is left out,
 * because it pays "up to a target", so it shrinks by whatever the public funds gain. For the public funds:
 * <ul>
 *   <li>critical deductible 5000 -> 3000 (Xiaogan): basic is settled before critical and does not depend on it; the
 *       person-year's critical payments telescope to min(cap, F(cumulative base)) with the same base, and the
 *       lowered deductible only raises F pointwise; Xiaogan has no assistance.</li>
 *   <li>LEVEL2 poor ratio 80% -> 85% (Xiaogan): the person-year's basic total is min(cap, sum of per-claim basic),
 *       which rises by some D; the critical base falls by the same D, and F rises at most at its top segment ratio
 *       (80% &lt; 100%) per yuan, so critical falls by at most 0.8 D: basic + critical rises by at least 0.2 D.</li>
 *   <li>assistance threshold 3000 -> 2000 (Gansu): basic and critical are unchanged, and the threshold payments
 *       telescope to max(0, cumulative in-policy OOP - threshold), which a lower threshold only raises.</li>
 * </ul>
 * For the totals: a lower critical deductible raises F pointwise by an amount that grows with the base, so each
 * claim's critical payment rises (basic unchanged); a lower threshold raises each covered claim's assistance. A
 * claim's supplementary top-up only tops up to a target, so its total cannot fall on that account; the annual OOP
 * ceiling moves money between claims (a lower OOP early leaves less to top up later) but not the year's total, so
 * one claim's total can fall while the person-year's cannot. The ratio scenario is left out of this check: it is
 * the MonotonicityLimitTest pattern, where a total can fall.
 */
class ScenarioMonotonicityTest {
  private static final Path POLICIES = Path.of("conf/policies");
  private static final PolicyRegistry BASELINE = PolicyRegistry.loadAll(POLICIES);
  private static final List<Scenario> SCENARIOS = ScenarioLoader.loadAll(List.of(
      Path.of("conf/scenarios/xiaogan-critical-deductible-3000.yaml"),
      Path.of("conf/scenarios/xiaogan-level2-ratio-85.yaml"),
      Path.of("conf/scenarios/gansu-assistance-threshold-2000.yaml")), POLICIES, BASELINE);
  private static final SettlementEngine ENGINE = new SettlementEngine();

  @Provide
  Arbitrary<SettlementPropertiesTest.Scenario> scenarioRegionYears() {
    return Arbitraries.longs().map(seed -> {
      Random r = new Random(seed);
      SettlementPropertiesTest.Scenario s;
      do {
        s = SettlementPropertiesTest.scenario(r);
      } while (!s.policy().id().equals("xiaogan") && !s.policy().id().equals("gansu"));
      return s;
    });
  }

  @Property(tries = 2000)
  void noShippedScenarioLowersAPersonYearsPublicFunds(@ForAll("scenarioRegionYears") SettlementPropertiesTest.Scenario s) {
    BigDecimal before = publicFunds(ENGINE.settle(s.policy(), s.personYear()));
    for (Scenario scenario : SCENARIOS) {
      if (!scenario.policyId().equals(s.policy().id())) {
        continue;
      }
      Policy changed = scenario.policy();
      BigDecimal after = publicFunds(ENGINE.settle(changed, s.personYear()));
      assertTrue(after.compareTo(before) >= 0,
          scenario.name() + ": public funds " + before + " -> " + after + " for " + s);
    }
  }

  @Property(tries = 2000)
  void aLowerDeductibleOrThresholdNeverLowersAPersonYearsTotalFundPayment(
      @ForAll("scenarioRegionYears") SettlementPropertiesTest.Scenario s) {
    BigDecimal before = totalFunds(ENGINE.settle(s.policy(), s.personYear()));
    for (Scenario scenario : SCENARIOS) {
      if (!scenario.policyId().equals(s.policy().id()) || scenario.name().contains("ratio")) {
        continue;
      }
      BigDecimal after = totalFunds(ENGINE.settle(scenario.policy(), s.personYear()));
      assertTrue(after.compareTo(before) >= 0,
          scenario.name() + ": total funds " + before + " -> " + after + " for " + s);
    }
  }

  private static BigDecimal totalFunds(List<ClaimSettlement> settled) {
    return settled.stream().map(ClaimSettlement::fundsPaid).reduce(Money.ZERO, BigDecimal::add);
  }

  private static BigDecimal publicFunds(List<ClaimSettlement> settled) {
    return settled.stream().map(c -> c.basic().add(c.critical()).add(c.assistance()))
        .reduce(Money.ZERO, BigDecimal::add);
  }
}
