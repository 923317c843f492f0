/**
 * The scale benchmark: generated data through every stage, each measured (rows, seconds, CPU, heap, spill) beside
 * the engine's in-memory ceiling and the write floor; results kept as dated files. May import every other package:
 * it drives them as a user would.
 */
package io.safetynet.bench;
