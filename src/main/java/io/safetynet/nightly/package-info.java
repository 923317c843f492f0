/**
 * The nightly job: ingest, settle, indicators, inspect, dashboard and maintenance as one list of stages over one
 * warehouse.
 */
package io.safetynet.nightly;
