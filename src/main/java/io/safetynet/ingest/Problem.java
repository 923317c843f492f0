package io.safetynet.ingest;

import java.io.Serializable;

/**
 * Why a row is quarantined.
 *
 * @param kind a value-free summary that groups like problems ("total_cost: not a decimal"), used for top reasons
 * @param message the full reason naming the field and (for non-personal fields) the value
 */
public record Problem(String kind, String message) implements Serializable {}
