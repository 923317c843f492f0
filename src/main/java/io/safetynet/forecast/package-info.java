/**
 * Fund projections on small yearly series (commons-math3): trends, bootstrap, chain ladder for reporting lag,
 * backtests. Imports {@code policy} and {@code engine} (money); no Spark: {@code forecast.spark} builds its inputs
 * from the warehouse.
 */
package io.safetynet.forecast;
