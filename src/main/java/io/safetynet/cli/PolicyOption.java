package io.safetynet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --policy FILE|DIR}, shared by the commands that settle claims; defaults to the project's conf/policies. */
public final class PolicyOption {
  @Option(names = "--policy", paramLabel = "FILE|DIR",
      description = "A policy file or a directory of them (default: conf/policies of the project).")
  Path policy;

  Path resolve(CliContext ctx) {
    return policy != null ? policy : ctx.home().resolve("conf/policies");
  }
}
