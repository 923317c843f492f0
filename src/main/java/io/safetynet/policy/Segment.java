package io.safetynet.policy;

import java.io.Serializable;
import java.math.BigDecimal;

/** A critical-illness segment ending at {@code upTo} (null: open-ended), paid at {@code ratio}. */
public record Segment(BigDecimal upTo, Param ratio) implements Serializable {}
