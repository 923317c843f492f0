package io.safetynet.nightly;

import io.safetynet.ingest.PiiKey;
import java.nio.file.Path;

/**
 * The nightly run: ingest {@code input} into {@code warehouse}, settle under {@code policies}, then indicators,
 * inspector flags and the dashboard, with the settings in {@code conf} ({@code indicators.yaml},
 * {@code inspection.yaml}).
 */
public record NightlySpec(String input, String warehouse, Path policies, Path conf, PiiKey key) {}
