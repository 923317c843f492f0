package io.safetynet.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLockTest {
  @Test
  void secondRunIsRefusedWithTheHolderNamed(@TempDir Path tmp) throws Exception {
    Path wh = tmp.resolve("warehouse");
    long pid = ProcessHandle.current().pid();
    try (WarehouseLock first = WarehouseLock.acquire(wh)) {
      WarehouseLockedException e = assertThrows(WarehouseLockedException.class, () -> WarehouseLock.acquire(wh));
      assertTrue(e.getMessage().startsWith("Another safetynet run (pid " + pid + ", started "), e.getMessage());
      assertTrue(e.getMessage().contains("holds the warehouse lock " + wh.resolve("_safetynet.lock")
          + ". Wait for it to finish, or use a different --warehouse."), e.getMessage());
    }
    assertTrue(Files.exists(wh.resolve("_safetynet.lock")));
    try (WarehouseLock again = WarehouseLock.acquire(wh)) {
      assertTrue(Files.readString(wh.resolve("_safetynet.lock")).startsWith("pid " + pid));
    }
  }
}
