package io.safetynet.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the shipped policy configs relative to the project base dir (Maven runs tests there). */
final class PolicyFiles {
  private PolicyFiles() {}

  static Path dir() {
    Path base = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")));
    Path dir = base.resolve("conf/policies");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("conf/policies not found under " + base.toAbsolutePath());
    }
    return dir;
  }

  static Path file(String name) {
    return dir().resolve(name);
  }
}
