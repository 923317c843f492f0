/**
 * The settlement rules engine: one person-year's claims through eligibility, out-of-catalogue control, basic,
 * critical illness, assistance and supplementary, with a trace per claim. Plain Java (a test forbids Spark, Delta,
 * Hadoop, Scala and Jackson imports); imports only {@code policy}.
 */
package io.safetynet.engine;
