package io.safetynet.engine;

import io.safetynet.policy.Category;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The recomputed settlement of one claim. For an active claim, basic + critical + assistance + supplementary
 * (in-policy and out-of-catalogue parts) + hospital-borne + patient OOP = total cost. A reversed claim carries
 * zero amounts and the REVERSED flag.
 */
public record ClaimSettlement(
    String claimId,
    String personId,
    int insuranceYear,
    Category category,
    Tier tier,
    VisitType visitType,
    BigDecimal totalCost,
    BigDecimal inPolicyCost,
    BigDecimal outOfCatalogueCost,
    BigDecimal basic,
    BigDecimal critical,
    BigDecimal assistance,
    BigDecimal supplementaryInPolicy,
    BigDecimal supplementaryOutOfCatalogue,
    BigDecimal hospitalBorne,
    BigDecimal patientOop,
    Set<Flag> flags,
    List<TraceStep> trace)
    implements Serializable {
  public ClaimSettlement {
    // enum order, so the same claim always prints its flags the same way
    flags = flags.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(Flag.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    trace = List.copyOf(trace);
  }

  public BigDecimal supplementary() {
    return supplementaryInPolicy.add(supplementaryOutOfCatalogue);
  }

  /** All funds paid on the claim. */
  public BigDecimal fundsPaid() {
    return basic.add(critical).add(assistance).add(supplementary());
  }

  /** Funds paid on in-policy cost (the compliant-ratio numerator). */
  public BigDecimal fundsOnInPolicy() {
    return basic.add(critical).add(assistance).add(supplementaryInPolicy);
  }
}
