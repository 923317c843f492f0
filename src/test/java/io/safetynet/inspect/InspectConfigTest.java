package io.safetynet.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectConfigTest {
  @Test
  void theShippedThresholdsAreReadFromConfigWithTheirSources() {
    InspectSpec spec = InspectConfig.load("wh", Map.of(), Path.of("conf/inspection.yaml"));
    assertEquals(0, new BigDecimal("0.80").compareTo(spec.peerPercentile()));
    assertEquals(5, spec.minPeers());
    assertEquals(0, new BigDecimal("100").compareTo(spec.reconciliationMinimum()));
    assertEquals(3, spec.trendMonths());
  }

  @Test
  void aThresholdWithoutASourceOrNumberIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("inspection.yaml");
    Files.writeString(f, "peer_percentile: {value: 0.8}\nmin_peers: {value: 5, source: assumption}\n"
        + "reconciliation_minimum_yuan: {value: 100, source: assumption}\ntrend_months: {value: 3, source: x}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InspectConfig.load("wh", Map.of(), f));
    assertTrue(e.getMessage().contains("peer_percentile has no source"), e.getMessage());
    Files.writeString(f, "peer_percentile: {value: high, source: x}\n");
    e = assertThrows(IllegalArgumentException.class, () -> InspectConfig.load("wh", Map.of(), f));
    assertTrue(e.getMessage().contains("peer_percentile value 'high' is not a number"), e.getMessage());
    Files.writeString(f, "peer_percentile: {value: 0.8, source: x}\n");
    e = assertThrows(IllegalArgumentException.class, () -> InspectConfig.load("wh", Map.of(), f));
    assertTrue(e.getMessage().contains("min_peers is missing"), e.getMessage());
  }
}
