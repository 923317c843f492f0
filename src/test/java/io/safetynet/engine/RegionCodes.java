package io.safetynet.engine;

import io.safetynet.policy.Policy;

/** County codes for test data under a policy: [home county, another county of the region, outside the region]. */
final class RegionCodes {
  private RegionCodes() {}

  static String[] of(Policy p) {
    String prefix = p.regionCodePrefixes().get(0);
    return switch (prefix) {
      case "4209" -> new String[] {"420922", "420902", "420106"};
      case "62" -> new String[] {"620421", "620402", "610102"};
      case "2109" -> new String[] {"210921", "210902", "210102"};
      case "152921" -> new String[] {"152921", "152922", "150102"};
      case "31" -> new String[] {"310115", "310101", "320102"};
      default -> {
        String home = (prefix + "000000").substring(0, 6);
        yield new String[] {home, home.substring(0, 5) + (home.charAt(5) == '9' ? '8' : '9'), "999999"};
      }
    };
  }
}
