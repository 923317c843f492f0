/**
 * The inspectors' checks over the settlement and claims tables (out-of-catalogue over the tier limit and its
 * trend, peers by tier, frequent admissions, reported against recomputed), thresholds from {@code
 * conf/inspection.yaml}, into {@code inspection_flags} with evidence and a ranked report. Imports {@code
 * indicators} for shared table access and money sums.
 */
package io.safetynet.inspect;
