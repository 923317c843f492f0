package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RegionIdsTest {
  @Test
  void mapsCountyCodesByLongestPrefix() {
    assertEquals("xiaogan", RegionIds.of("420922"));
    assertEquals("gansu", RegionIds.of("620102"));
    assertEquals("fuxin", RegionIds.of("210902"));
    assertEquals("alxa-left-banner", RegionIds.of("152921"));
    assertEquals("shanghai", RegionIds.of("310115"));
    assertNull(RegionIds.of("152922")); // Alxa Right Banner is not a configured region
    assertNull(RegionIds.of("420101"));
    assertNull(RegionIds.of(null));
  }
}
