package io.safetynet.policy;

import java.io.Serializable;
import java.util.List;

/**
 * Step 0 of the settlement model: which special category wins when a person holds several on the admission
 * date (POLICY.md §2.0, default {@code TEKUN > DIBAO > POOR}). Benefits start on the identification date
 * (seed {@code 001}: "按其贫困人口身份认定时间落实").
 */
public record Eligibility(List<Category> precedence, Source source) implements Serializable {
  public Eligibility {
    precedence = List.copyOf(precedence);
  }
}
