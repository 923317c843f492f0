package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the files themselves stop the run before anything is written. */
class IngestInputErrorsTest {
  @TempDir Path tmp;

  @Test
  void missingRequiredColumnNamesDatasetFileAndColumn() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    TestInputs.write(input.resolve("claims.csv"), List.of(
        TestInputs.CLAIMS_HEADER.replace(",total_cost", ""),
        "C2,P2,F1,OUTPATIENT_GENERAL,2020-04-01,2020-04-01,J06.9,120.50,0,false,,,ACTIVE,,,,,,"));
    IngestException e = assertThrows(IngestException.class,
        () -> TestInputs.ingest(input, tmp.resolve("warehouse"), "run-1"));
    assertTrue(e.getMessage().startsWith("claims: file claims.csv has no column 'total_cost', which the data "
        + "contract requires."), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("warehouse")), "nothing may be written");
  }

  @Test
  void missingRequiredDatasetIsAnErrorAndMissingOptionalOneAWarning() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    Files.delete(input.resolve("referrals.jsonl"));
    Files.delete(input.resolve("claims.csv"));
    IngestException e = assertThrows(IngestException.class,
        () -> TestInputs.ingest(input, tmp.resolve("warehouse"), "run-1"));
    assertTrue(e.getMessage().contains("has no claims data. Every batch needs claims.csv"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("warehouse")));
  }

  @Test
  void twoCandidateFilesForOneDatasetAreRefused() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    Files.writeString(input.resolve("claims.jsonl"), "{}\n");
    IngestException e = assertThrows(IngestException.class,
        () -> TestInputs.ingest(input, tmp.resolve("warehouse"), "run-1"));
    assertEquals("several candidates for dataset claims: [claims.csv, claims.jsonl]",
        e.getMessage().substring(e.getMessage().indexOf("several"), e.getMessage().indexOf(". Keep")));
  }
}
