package io.safetynet.settle;

import io.safetynet.config.PolicyLoader;
import io.safetynet.config.PolicyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads the policy configs a job runs under: a directory of region files, or a single file ({@code --policy}). */
public final class Policies {
  private Policies() {}

  public static PolicyRegistry load(Path path) {
    return Files.isDirectory(path) ? PolicyRegistry.loadAll(path) : PolicyRegistry.of(List.of(PolicyLoader.load(path)));
  }
}
