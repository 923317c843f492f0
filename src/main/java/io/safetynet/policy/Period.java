package io.safetynet.policy;

import java.io.Serializable;
import java.time.LocalDate;

/** Terms in force from {@code from} (inclusive) until the next period starts. */
public record Period(LocalDate from, PolicyTerms terms) implements Serializable {}
