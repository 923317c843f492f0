/**
 * The warehouse layer: every table reached through Hadoop's FileSystem (local disk, HDFS, S3, OSS), by name under
 * one root: path, exists, read, overwrite, delete, list, and the dashboard file. Imports Spark, Delta and Hadoop;
 * nothing of the domain.
 */
package io.safetynet.warehouse;
