package io.safetynet.settle;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the single settle pass saw, counted on the executors: claims and person-years read, person-years re-settled.
 * Spark applies a task's accumulator updates once per successful task, and each settle pass is evaluated by exactly
 * one action (the first write, or the cache that feeds the MERGE), so the totals are exact.
 */
final class SettleCounters implements Serializable {
  private static final long serialVersionUID = 1L;
  private final LongAccumulator claims;
  private final LongAccumulator personYears;
  private final LongAccumulator resettled;

  SettleCounters(SparkContext sc) {
    claims = sc.longAccumulator("settle claims");
    personYears = sc.longAccumulator("settle person-years");
    resettled = sc.longAccumulator("settle person-years re-settled");
  }

  void personYear(int claimCount) {
    personYears.add(1);
    claims.add(claimCount);
  }

  void resettled() {
    resettled.add(1);
  }

  long claims() {
    return claims.value();
  }

  long personYears() {
    return personYears.value();
  }

  long resettledPersonYears() {
    return resettled.value();
  }
}
