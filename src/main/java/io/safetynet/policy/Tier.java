package io.safetynet.policy;

/** Facility tier: 村卫生室 (VILLAGE), 乡镇卫生院/一级 (LEVEL1), 县二级 (LEVEL2), 市三级 (LEVEL3), 市外 (OUT_OF_AREA). */
public enum Tier {
  VILLAGE, LEVEL1, LEVEL2, LEVEL3, OUT_OF_AREA
}
