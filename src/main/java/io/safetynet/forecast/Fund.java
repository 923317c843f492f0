package io.safetynet.forecast;

import java.util.Locale;

/** The four funds a planner watches; {@link #key()} is the name used in config, tables and reports. */
public enum Fund {
  /** 基本医保 basic medical insurance. */
  BASIC("basic", "basic_paid", "basic"),
  /** 大病保险 critical-illness insurance. */
  CRITICAL("critical", "critical_paid", "critical-illness"),
  /** 医疗救助 medical assistance. */
  ASSISTANCE("assistance", "assistance_paid", "assistance"),
  /** 补充保险 / 兜底 supplementary or bottom-line fund. */
  SUPPLEMENTARY("supplementary", "supplementary_paid", "supplementary");

  private final String key;
  private final String settlementColumn;
  private final String displayName;

  Fund(String key, String settlementColumn, String displayName) {
    this.key = key;
    this.settlementColumn = settlementColumn;
    this.displayName = displayName;
  }

  /** The name in report sentences ("critical-illness spending in xiaogan"). */
  public String displayName() {
    return displayName;
  }

  public String key() {
    return key;
  }

  /** The settlement table column holding this fund's payment on a claim. */
  public String settlementColumn() {
    return settlementColumn;
  }

  /** The fund for a config key, or null when none matches. */
  public static Fund ofKey(String key) {
    for (Fund f : values()) {
      if (f.key.equals(key.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }
}
