/**
 * Fund projections on small yearly series (commons-math3): trends, bootstrap, chain ladder for reporting lag and
 * Mack's reserve standard errors on a user's triangle, projections of a user's own history, rolling-origin
 * backtests against naive benchmarks (methods and references: docs/forecasting.md). Imports {@code policy} and
 * {@code engine} (money); no Spark: {@code forecast.spark} builds its inputs from the warehouse.
 */
package io.safetynet.forecast;
