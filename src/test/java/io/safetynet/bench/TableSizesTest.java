package io.safetynet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSizesTest {
  @TempDir Path root;

  private void file(String relative, int bytes) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[bytes]);
  }

  @Test
  void sumsEveryFileAndCountsParquetDataFilesOutsideTheLog() throws IOException {
    file("claims/_delta_log/00000000000000000000.json", 100);
    file("claims/_delta_log/00000000000000000010.checkpoint.parquet", 50);
    file("claims/insurance_year=2018/part-0.parquet", 1_000);
    file("claims/insurance_year=2018/.part-0.parquet.crc", 10);
    file("claims/insurance_year=2019/part-1.parquet", 3_000);
    file("quarantine/_delta_log/00000000000000000000.json", 7);
    file("not-a-table/part-0.parquet", 99);

    Map<String, TableSizes.Size> sizes = TableSizes.of(root);

    assertEquals(java.util.List.of("claims", "quarantine"), java.util.List.copyOf(sizes.keySet()));
    // 100 + 50 + 1,000 + 10 + 3,000; data files: the two part files only
    assertEquals(new TableSizes.Size(4_160, 2, 4_000), sizes.get("claims"));
    assertEquals(new TableSizes.Size(7, 0, 0), sizes.get("quarantine"));
  }

  @Test
  void missingRootHasNoTables() {
    assertEquals(Map.of(), TableSizes.of(root.resolve("absent")));
  }
}
