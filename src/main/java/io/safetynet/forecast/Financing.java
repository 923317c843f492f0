package io.safetynet.forecast;

import io.safetynet.policy.Source;
import java.math.BigDecimal;

/**
 * Per-capita financing of a fund (筹资标准, yuan per enrolled person per year) as configured for {@code fromYear};
 * it applies to later years until the next configured year.
 */
public record Financing(int fromYear, BigDecimal yuanPerPerson, Source source) {}
