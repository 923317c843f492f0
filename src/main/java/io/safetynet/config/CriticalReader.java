package io.safetynet.config;

import io.safetynet.config.ConfigNode.Kind;
import io.safetynet.policy.Category;
import io.safetynet.policy.CriticalIllnessInsurance;
import io.safetynet.policy.Param;
import io.safetynet.policy.Segment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code critical:} critical-illness insurance (大病保险), POLICY.md §2.3. Segments must go strictly upwards, the
 * first must end above every category's deductible, and no segment ratio plus a category's bonus may exceed 1.
 */
final class CriticalReader {
  private CriticalReader() {}

  static CriticalIllnessInsurance read(ConfigNode n) {
    n.allowKeys("deductible", "segments", "bonus", "annualCap");
    Map<Category, Param> deductible = EnumKeys.categoryParams(n.required("deductible"), Kind.MONEY, true, false);
    Map<Category, Param> bonus = n.has("bonus")
        ? EnumKeys.categoryParams(n.required("bonus"), Kind.RATIO, false, false) : Map.of();
    Map<Category, Param> cap = EnumKeys.categoryParams(n.required("annualCap"), Kind.MONEY, true, true);
    List<Segment> segments = segments(n.required("segments"), deductible, bonus);
    for (Map.Entry<Category, Param> e : cap.entrySet()) {
      Param d = deductible.get(e.getKey());
      if (e.getValue().value().compareTo(d.value()) < 0) {
        throw n.fail(n.childPath("annualCap") + "." + e.getKey(), "annual cap " + e.getValue().value().toPlainString()
            + " is below the deductible " + d.value().toPlainString(),
            "raise the cap above the deductible, or write 'none' for no cap");
      }
    }
    return new CriticalIllnessInsurance(deductible, segments, bonus, cap);
  }

  private static List<Segment> segments(ConfigNode list, Map<Category, Param> deductible, Map<Category, Param> bonus) {
    List<ConfigNode> items = list.elements();
    if (items.isEmpty()) {
      throw list.fail("no segments", "list at least one segment: '- {upTo: 30000, ratio: 0.60}' ... '- {ratio: 0.80}'");
    }
    BigDecimal maxDeductible = BigDecimal.ZERO;
    Category maxCategory = null;
    for (Map.Entry<Category, Param> e : deductible.entrySet()) {
      if (e.getValue().value().compareTo(maxDeductible) >= 0) {
        maxDeductible = e.getValue().value();
        maxCategory = e.getKey();
      }
    }
    BigDecimal maxBonus = BigDecimal.ZERO;
    Category bonusCategory = null;
    for (Map.Entry<Category, Param> e : bonus.entrySet()) {
      if (e.getValue().value().compareTo(maxBonus) > 0) {
        maxBonus = e.getValue().value();
        bonusCategory = e.getKey();
      }
    }
    List<Segment> out = new ArrayList<>();
    BigDecimal previous = null;
    for (int i = 0; i < items.size(); i++) {
      ConfigNode s = items.get(i);
      s.allowKeys("upTo", "ratio");
      Param ratio = s.required("ratio").param(Kind.RATIO);
      if (bonusCategory != null && ratio.value().add(maxBonus).compareTo(BigDecimal.ONE) > 0) {
        throw s.fail(s.childPath("ratio"), "ratio " + ratio.value().toPlainString() + " plus the " + bonusCategory
            + " bonus " + maxBonus.toPlainString() + " exceeds 1", "lower the segment ratio or the bonus so their sum is <= 1");
      }
      BigDecimal upTo = null;
      if (s.has("upTo")) {
        upTo = s.required("upTo").money();
        if (i == 0 && upTo.compareTo(maxDeductible) <= 0) {
          throw s.fail(s.childPath("upTo"), "the first segment ends at " + upTo.toPlainString()
              + ", not above the " + maxCategory + " deductible " + maxDeductible.toPlainString(),
              "make the first upTo larger than every category's deductible");
        }
        if (previous != null && upTo.compareTo(previous) <= 0) {
          throw s.fail(s.childPath("upTo"), "segment upTo " + upTo.toPlainString() + " does not exceed the previous"
              + " segment's upTo " + previous.toPlainString() + " (segments overlap or go backwards)",
              "list segments in increasing order with strictly increasing upTo");
        }
        previous = upTo;
      } else if (i < items.size() - 1) {
        throw s.fail(s.childPath("upTo"), "only the last segment may be open-ended (no upTo)",
            "give this segment an upTo, or move it to the end of the list");
      }
      out.add(new Segment(upTo, ratio));
    }
    return out;
  }
}
