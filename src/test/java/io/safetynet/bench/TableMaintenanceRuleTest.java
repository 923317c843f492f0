package io.safetynet.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TableMaintenance;
import org.junit.jupiter.api.Test;

class TableMaintenanceRuleTest {
  private static final long MIB = 1L << 20;

  @Test
  void compactsManySmallFilesOnly() {
    // 32 files of 1 MiB: fragmented
    assertTrue(TableMaintenance.needsCompaction(32, 32 * MIB));
    // 31 small files: still cheap to read
    assertFalse(TableMaintenance.needsCompaction(31, 31 * MIB));
    // 40 files averaging exactly 32 MiB: big enough
    assertFalse(TableMaintenance.needsCompaction(40, 40 * 32 * MIB));
    assertTrue(TableMaintenance.needsCompaction(40, 40 * 32 * MIB - 40));
    assertFalse(TableMaintenance.needsCompaction(0, 0));
  }
}
