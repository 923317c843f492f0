package io.safetynet.cli;

import picocli.CommandLine.Option;

/** Options every command accepts, before or after the command name. */
public final class CommonOptions {
  @Option(names = "--warehouse", paramLabel = "DIR",
      description = "Warehouse root holding the Delta tables (default: ./warehouse, relative to the current "
          + "directory; hdfs:// or s3a:// URIs work too).")
  String warehouse;

  @Option(names = "--verbose", description = "On errors, also print the stack trace.")
  boolean verbose;
}
