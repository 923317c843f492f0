package io.safetynet.settle;

import java.nio.file.Path;

/**
 * What to settle: the warehouse root (a local path or any Hadoop URI) and the policy configs (a directory of
 * region files, or one file).
 */
public record SettleSpec(String warehouse, Path policies) {}
