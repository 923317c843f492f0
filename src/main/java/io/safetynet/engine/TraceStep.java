package io.safetynet.engine;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One rule applied to a claim: which rule, the clause it implements, the amount it paid (or moved), and the
 * parameter values used with their sources, so an inspector sees why a claim was paid what it was.
 */
public record TraceStep(String rule, String clause, BigDecimal amount, String detail) implements Serializable {}
