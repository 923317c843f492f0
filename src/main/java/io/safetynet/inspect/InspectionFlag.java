package io.safetynet.inspect;

import java.math.BigDecimal;
import java.util.List;

/**
 * One facility flagged for inspectors: what kind of anomaly, its score (higher = worse; the unit depends on the
 * type), its rank among facilities with the same flag (1 = worst), the evidence in words and the claims behind it.
 */
public record InspectionFlag(
    String facilityId,
    String facilityRegionCode,
    String tier,
    Type type,
    BigDecimal score,
    int rank,
    String evidence,
    List<String> claimIds) {
  public InspectionFlag {
    claimIds = List.copyOf(claimIds);
  }

  InspectionFlag ranked(int newRank) {
    return new InspectionFlag(facilityId, facilityRegionCode, tier, type, score, newRank, evidence, claimIds);
  }

  InspectionFlag withScore(BigDecimal newScore) {
    return new InspectionFlag(facilityId, facilityRegionCode, tier, type, newScore, rank, evidence, claimIds);
  }

  /** The anomaly kinds, each with the unit of its score. */
  public enum Type {
    /** Special-category inpatient out-of-catalogue share above the tier limit; score = points over the limit. */
    OOC_OVER_LIMIT("share points over the limit"),
    /**
     * Out-of-catalogue share at or above the 80th percentile (PERCENT_RANK) of at least 5 same-tier peers and above
     * their median (PEPPER-style; the median guard keeps ties from flagging a whole tier); score = percentile.
     */
    OOC_PEER_OUTLIER("percentile among same-tier facilities"),
    /** Admissions of persons admitted 3+ times within 30 days; score = such admissions. */
    FREQUENT_ADMISSIONS("admissions in 30-day clusters"),
    /** |reported - recomputed| fund payments summed; score = yuan. */
    RECONCILIATION_DIFFERENCE("yuan of difference");

    public final String scoreUnit;

    Type(String scoreUnit) {
      this.scoreUnit = scoreUnit;
    }
  }
}
