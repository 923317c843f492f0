package io.safetynet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.config.PolicyLoader;
import io.safetynet.policy.Category;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins, with hand-computed numbers, the two ways the POLICY.md §2 invariant "raising a ratio or lowering a deductible
 * never lowers a person's total fund payment" fails under the model as written (README "Invariants"). Both have the
 * same shape: a per-claim layer that pays a share of what is left (the supplementary top-up, or a medical-assistance
 * ratio) gives back part of an early claim's basic gain, while the smaller cumulative critical-illness base costs a
 * later claim.
 */
class MonotonicityLimitTest {
  @Test
  void aRatioRiseAbsorbedByTheTopUpCanLowerALaterUnreferredClaim() {
    Policy xiaogan = PolicyLoader.load(Path.of("conf/policies/xiaogan-2018.yaml"));
    Policy raised = ParamRewriter.rewrite(xiaogan, (path, p) ->
        path.equals("basic.inpatient.ratio.POOR.LEVEL2") ? new Param(new BigDecimal("0.85"), p.source()) : p);
    Map<String, Facility> facilities = Map.of(
        "DW-L2", new Facility("DW-L2", "420922", Tier.LEVEL2, true, false),
        "XN-L3", new Facility("XN-L3", "420902", Tier.LEVEL3, true, false));
    Enrolment poor = new Enrolment("P", 2018, "420922", "H", null, EnumSet.of(Category.POOR),
        LocalDate.of(2017, 1, 1), null, false, true);
    // A: in county, 20000 all in policy. B: city LEVEL3 with no referral: ratio 65% - 10, no supplementary.
    Claim a = new Claim("A", "P", "DW-L2", VisitType.INPATIENT, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 5),
        "K80.1", Money.of("20000"), Money.of("20000"), Money.ZERO, false, null, null, false);
    Claim b = new Claim("B", "P", "XN-L3", VisitType.INPATIENT, LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 9),
        "K80.1", Money.of("30000"), Money.of("30000"), Money.ZERO, false, null, null, false);
    PersonYear py = new PersonYear("P", 2018, List.of(poor), facilities, List.of(), List.of(a, b));

    // 80%: A basic 19800x0.8 = 15840, top-up 2160; B basic 29500x0.55 = 16225, critical 0.6x(17935-5000) = 7761.
    List<ClaimSettlement> before = new SettlementEngine().settle(xiaogan, py);
    assertEquals(Money.of("15840"), before.get(0).basic());
    assertEquals(Money.of("2160"), before.get(0).supplementary());
    assertEquals(Money.of("7761"), before.get(1).critical());
    // 85%: A basic 16830, top-up 1170 (A's total unchanged); B's critical 0.6x(16945-5000) = 7167: 594 less.
    List<ClaimSettlement> after = new SettlementEngine().settle(raised, py);
    assertEquals(Money.of("16830"), after.get(0).basic());
    assertEquals(Money.of("1170"), after.get(0).supplementary());
    assertEquals(Money.of("7167"), after.get(1).critical());
    assertEquals(Money.of("41986"), total(before));
    assertEquals(Money.of("41392"), total(after));
  }

  @Test
  void aLowerDeductibleCanLowerPublicFundsWhenAnAssistanceRatioPaysTheEarlyClaim() {
    Policy shanghai = PolicyLoader.load(Path.of("conf/policies/shanghai-2017.yaml"));
    Policy lowered = ParamRewriter.rewrite(shanghai, (path, p) ->
        path.equals("basic.inpatient.deductible.TEKUN.VILLAGE") ? new Param(BigDecimal.ZERO, p.source()) : p);
    Map<String, Facility> facilities = Map.of(
        "V", new Facility("V", "310115", Tier.VILLAGE, true, true),
        "L1", new Facility("L1", "310115", Tier.LEVEL1, true, true));
    Enrolment tekun = new Enrolment("P", 2017, "310115", "H", null, EnumSet.of(Category.TEKUN),
        LocalDate.of(2016, 1, 1), null, false, false);
    // A: village day case for end-stage renal disease (N18.6, on the assistance list). B: a later non-listed stay.
    Claim a = new Claim("A", "P", "V", VisitType.DAY_CASE, LocalDate.of(2017, 10, 9), LocalDate.of(2017, 10, 9),
        "N18.6", Money.of("1100"), Money.of("1100"), Money.ZERO, false, null, null, false);
    Claim b = new Claim("B", "P", "L1", VisitType.INPATIENT, LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 9),
        "K80.1", Money.of("60000"), Money.of("60000"), Money.ZERO, false, null, null, false);
    PersonYear py = new PersonYear("P", 2017, List.of(tekun), facilities, List.of(), List.of(a, b));

    // deductible 100: A basic 1000x0.9 = 900, critical base 200, assistance 0.7x200 = 140;
    // B basic 59900x0.9 = 53910, base 6090, cumulative 200 -> 6290, critical 0.6x(6290-5000) = 774.
    List<ClaimSettlement> before = new SettlementEngine().settle(shanghai, py);
    assertEquals(List.of(Money.of("900"), Money.of("53910")), before.stream().map(ClaimSettlement::basic).toList());
    assertEquals(Money.of("140"), before.get(0).assistance());
    assertEquals(Money.of("774"), before.get(1).critical());
    // deductible 0: A basic 990 (+90), assistance 0.7x110 = 77 (-63); B's cumulative 110 -> 6200, critical 720 (-54)
    List<ClaimSettlement> after = new SettlementEngine().settle(lowered, py);
    assertEquals(Money.of("990"), after.get(0).basic());
    assertEquals(Money.of("77"), after.get(0).assistance());
    assertEquals(Money.of("720"), after.get(1).critical());
    assertEquals(Money.of("55724"), total(before));
    assertEquals(Money.of("55697"), total(after));
  }

  private static BigDecimal total(List<ClaimSettlement> s) {
    return s.stream().map(ClaimSettlement::fundsPaid).reduce(Money.ZERO, BigDecimal::add);
  }
}
