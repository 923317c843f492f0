package io.safetynet.policy;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 大病保险 (POLICY.md §2.3): pays on the annual cumulative in-policy OOP after basic, by segments; the first
 * segment starts at the category's deductible; a category's bonus points are added to every segment ratio;
 * a category missing from {@code annualCap} is uncapped.
 */
public record CriticalIllnessInsurance(
    Map<Category, Param> deductible,
    List<Segment> segments,
    Map<Category, Param> bonus,
    Map<Category, Param> annualCap)
    implements Serializable {
  public CriticalIllnessInsurance {
    deductible = Map.copyOf(deductible);
    segments = List.copyOf(segments);
    bonus = Map.copyOf(bonus);
    annualCap = Map.copyOf(annualCap);
  }
}
