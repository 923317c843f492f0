package io.safetynet.config;

import io.safetynet.policy.Policy;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every region's policy, looked up by county code and insurance year. A policy is in force from its validFrom year
 * until its validTo year (if any) or until a later policy for the same region starts. Two policies may not claim
 * the same county for the same year: that is a config error, found when the registry is built.
 */
public final class PolicyRegistry implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<Policy> policies;

  private PolicyRegistry(List<Policy> policies) {
    this.policies = List.copyOf(policies);
  }

  /** Loads every *.yaml file in {@code dir} (in name order); the first bad file fails the whole load. */
  public static PolicyRegistry loadAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PolicyConfigException(dir.toString(), "", "policy directory not found",
          "point to the directory holding the region policies (conf/policies)");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.yaml")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new PolicyConfigException(dir.toString(), "", "cannot list the directory: " + e.getMessage(),
          "check the directory's permissions");
    }
    files.sort(null);
    if (files.isEmpty()) {
      throw new PolicyConfigException(dir.toString(), "", "no *.yaml policy files", "add one policy file per region");
    }
    List<Policy> loaded = new ArrayList<>();
    for (Path f : files) {
      loaded.add(PolicyLoader.load(f));
    }
    return of(loaded);
  }

  /** A registry of already loaded policies; fails when two claim the same county for the same year. */
  public static PolicyRegistry of(List<Policy> policies) {
    for (int i = 0; i < policies.size(); i++) {
      for (int j = i + 1; j < policies.size(); j++) {
        checkNoOverlap(policies.get(i), policies.get(j));
      }
    }
    return new PolicyRegistry(policies);
  }

  /** The policy in force for a 6-digit county code in an insurance year. */
  public Policy forRegion(String regionCode, int year) {
    return find(regionCode, year).orElseThrow(() -> new IllegalArgumentException(
        "no policy covers region code " + regionCode + " in " + year + " (policies: " + describe()
            + "). Fix: add a policy file to conf/policies whose regionCodePrefixes match " + regionCode
            + " and whose validFrom is in or before " + year + ", or correct the region code"));
  }

  public Optional<Policy> find(String regionCode, int year) {
    Policy best = null;
    for (Policy p : policies) {
      if (p.covers(regionCode) && p.validIn(year) && (best == null || p.validFrom().isAfter(best.validFrom()))) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  public List<Policy> all() {
    return policies;
  }

  private static void checkNoOverlap(Policy a, Policy b) {
    String shared = sharedPrefix(a, b);
    if (shared == null) {
      return;
    }
    Policy first = a.validFrom().isAfter(b.validFrom()) ? b : a;
    Policy second = first == a ? b : a;
    boolean sameStartYear = first.validFrom().getYear() == second.validFrom().getYear();
    boolean explicitOverlap = first.validTo() != null && first.validTo().getYear() >= second.validFrom().getYear();
    if (sameStartYear || explicitOverlap) {
      throw new PolicyConfigException(second.file(), "regionCodePrefixes",
          "region prefix " + shared + " is also claimed by " + first.file() + " for " + second.validFrom().getYear()
              + " (" + first.file() + " from " + first.validFrom() + (first.validTo() == null ? "" : " to " + first.validTo())
              + ", " + second.file() + " from " + second.validFrom() + ")",
          "give each county one policy per year: end " + first.file() + " with validTo before "
              + second.validFrom().getYear() + ", start " + second.file() + " in a later year, or express the change"
              + " as an amendment in one file");
    }
  }

  /** A prefix of one policy that is a prefix of (or extends) a prefix of the other, or null. */
  private static String sharedPrefix(Policy a, Policy b) {
    for (String x : a.regionCodePrefixes()) {
      for (String y : b.regionCodePrefixes()) {
        if (x.startsWith(y) || y.startsWith(x)) {
          return x.length() >= y.length() ? x : y;
        }
      }
    }
    return null;
  }

  private String describe() {
    List<String> out = new ArrayList<>();
    for (Policy p : policies) {
      out.add(p.id() + " " + p.regionCodePrefixes() + " from " + p.validFrom().getYear());
    }
    return String.join("; ", out);
  }
}
