/**
 * Builds the forecast's yearly series from the warehouse tables and writes {@code fund_projection}. The Spark side
 * of {@code io.safetynet.forecast}.
 */
package io.safetynet.forecast.spark;
