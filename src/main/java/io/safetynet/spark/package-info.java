/**
 * Spark and Delta plumbing shared by the jobs: session settings, the warehouse root and its lock, table export and
 * maintenance.
 */
package io.safetynet.spark;
