/**
 * Policy and scenario loading: YAML (Jackson) into the immutable records of {@code io.safetynet.policy}, validated
 * before any Spark session starts, with messages naming file, field and fix. Imports {@code policy} and {@code
 * text}; never Spark.
 */
package io.safetynet.config;
