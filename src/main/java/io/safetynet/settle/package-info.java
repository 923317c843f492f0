/**
 * The settle job: reads the changed person-years from the warehouse, settles them with {@code io.safetynet.engine}
 * inside Spark, and MERGEs the rows into {@code settlement} and {@code reconciliation}.
 */
package io.safetynet.settle;
