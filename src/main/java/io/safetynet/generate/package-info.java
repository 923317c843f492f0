/**
 * The synthetic data generator: contract-conforming enrolment, facilities, claims, referrals and households at any
 * scale; the same seed gives the same bytes. Imports {@code policy} and {@code engine} (money and tiers); no
 * Spark.
 */
package io.safetynet.generate;
