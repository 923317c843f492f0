package io.safetynet.config;

import io.safetynet.config.ConfigNode.Kind;
import io.safetynet.policy.BasicInsurance;
import io.safetynet.policy.Category;
import io.safetynet.policy.ChronicTier;
import io.safetynet.policy.InpatientBenefit;
import io.safetynet.policy.OutpatientChronicBenefit;
import io.safetynet.policy.OutpatientGeneralBenefit;
import io.safetynet.policy.OutpatientSevereBenefit;
import io.safetynet.policy.Param;
import io.safetynet.policy.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code basic:} basic medical insurance (基本医保), POLICY.md §2.2. */
final class BasicReader {
  private BasicReader() {}

  static BasicInsurance read(ConfigNode basic, DiseaseLists lists) {
    basic.allowKeys("annualCap", "inpatient", "outpatientGeneral", "outpatientChronic", "outpatientSevere");
    return new BasicInsurance(
        inpatient(basic.required("inpatient")),
        general(basic.required("outpatientGeneral")),
        chronic(basic.required("outpatientChronic"), lists),
        severe(basic.required("outpatientSevere"), lists),
        basic.required("annualCap").param(Kind.MONEY));
  }

  private static InpatientBenefit inpatient(ConfigNode n) {
    n.allowKeys("deductible", "ratio");
    Map<Category, Map<Tier, Param>> deductible = EnumKeys.categoryTierParams(n.required("deductible"), Kind.MONEY);
    Map<Category, Map<Tier, Param>> ratio = EnumKeys.categoryTierParams(n.required("ratio"), Kind.RATIO);
    return new InpatientBenefit(deductible, ratio);
  }

  private static OutpatientGeneralBenefit general(ConfigNode n) {
    n.allowKeys("ratio", "dailyCap", "annualCap");
    return new OutpatientGeneralBenefit(
        n.required("ratio").param(Kind.RATIO),
        EnumKeys.tierParams(n.required("dailyCap"), Kind.MONEY),
        n.required("annualCap").param(Kind.MONEY));
  }

  private static OutpatientChronicBenefit chronic(ConfigNode n, DiseaseLists lists) {
    n.allowKeys("ratio", "tiers");
    List<ChronicTier> tiers = new ArrayList<>();
    for (ConfigNode t : n.required("tiers").elements()) {
      t.allowKeys("rank", "annualLimit", "diseases");
      int rank = t.required("rank").integer();
      for (ChronicTier earlier : tiers) {
        if (earlier.rank() >= rank) {
          throw t.fail(t.childPath("rank"), "rank " + rank + " does not increase (previous tier has rank "
              + earlier.rank() + ")", "number the tiers 1, 2, 3 ... from the lowest annual limit up");
        }
      }
      tiers.add(new ChronicTier(rank, t.required("annualLimit").param(Kind.MONEY), lists.required(t, "diseases")));
    }
    return new OutpatientChronicBenefit(n.required("ratio").param(Kind.RATIO), tiers);
  }

  private static OutpatientSevereBenefit severe(ConfigNode n, DiseaseLists lists) {
    n.allowKeys("deductible", "ratio", "annualCap", "diseases");
    Map<Category, Param> deductible = severeDeductible(n.required("deductible"));
    Param cap = n.required("annualCap").param(Kind.MONEY);
    for (Param d : deductible.values()) {
      if (cap.value().compareTo(d.value()) < 0) {
        throw n.fail(n.childPath("annualCap"), "annual cap " + cap.value().toPlainString()
            + " is below the deductible " + d.value().toPlainString(),
            "raise annualCap above the deductible (or lower the deductible); check for a missing digit");
      }
    }
    return new OutpatientSevereBenefit(deductible, n.required("ratio").param(Kind.RATIO), cap,
        lists.required(n, "diseases"));
  }

  /**
   * One deductible for everyone ({@code deductible: 600}), or one per category
   * ({@code deductible: {POOR: 0, ALL: 600}}; Gansu, ruling R2).
   */
  private static Map<Category, Param> severeDeductible(ConfigNode d) {
    boolean byCategory = d.node().isObject() && !d.has("value");
    if (byCategory) {
      return EnumKeys.categoryParams(d, Kind.MONEY, true, false);
    }
    Param all = d.param(Kind.MONEY);
    Map<Category, Param> out = new java.util.EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      out.put(c, all);
    }
    return out;
  }
}
