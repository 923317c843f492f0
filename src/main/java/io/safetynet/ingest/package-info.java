/**
 * Ingest: the five input datasets from CSV, JSON Lines or Parquet into Delta tables, validated row by row against
 * the data contract, personal data pseudonymised, bad rows quarantined with a reason, merged by key.
 */
package io.safetynet.ingest;
