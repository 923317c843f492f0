package io.safetynet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultsFileTest {
  @Test
  void aRunIsKeptAsADatedFileAndASecondRunThatDayDoesNotOverwriteIt(@TempDir Path dir) throws Exception {
    LocalDate day = LocalDate.of(2026, 12, 7);
    Path first = BenchResultsFile.write(dir.resolve("benchmarks"), day, 1_000_000, 3, "jobs/safetynet bench",
        "abc1234", "stage  rows\nsettle 10\n");
    Path second = BenchResultsFile.write(dir.resolve("benchmarks"), day, 1_000_000, 3, "jobs/safetynet bench",
        "abc1234", "stage  rows\nsettle 11\n");
    assertEquals("2026-12-07-1000000x3.md", first.getFileName().toString());
    assertEquals("2026-12-07-1000000x3-2.md", second.getFileName().toString());
    String text = Files.readString(first);
    assertTrue(text.startsWith("# Bench 2026-12-07: 1,000,000 persons x 3 years\n"), text);
    assertTrue(text.contains("Commit: abc1234") && text.contains("```\nstage  rows\nsettle 10\n```\n"), text);
    assertTrue(Files.readString(second).contains("settle 11"));
  }
}
