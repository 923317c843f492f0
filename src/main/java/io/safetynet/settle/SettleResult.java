package io.safetynet.settle;

/**
 * Outcome of a settle run: claims and person-years in the input, person-years whose input changed and were
 * re-settled, settlement rows written (0 when nothing changed), reconciliation differences, seconds taken.
 */
public record SettleResult(
    long claims, long personYears, long personYearsResettled, long rowsWritten, long reconciliationRows,
    double seconds) {}
