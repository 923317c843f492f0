package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files and paths (issue #24): each stops the run before anything is written, with one line naming the
 * file and what to do, and never a value that may be personal.
 */
class HostileFilesTest {
  @TempDir Path tmp;

  private IngestException refused(Path input) {
    IngestException e = assertThrows(IngestException.class,
        () -> TestInputs.ingest(input, tmp.resolve("warehouse"), "run-1"));
    assertFalse(Files.exists(tmp.resolve("warehouse")), "nothing may be written");
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e;
  }

  @Test
  void headerlessFileShowsColumnCountAndMaskedSamplesNotPersonalData() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    TestInputs.write(input.resolve("enrolment.csv"), List.of(
        "P1,2020,130102,H1," + TestInputs.ID_P1 + ",哨兵丁卯,13900000009,M,1949-12-31,POOR"));
    IngestException e = refused(input);
    assertEquals("enrolment: file enrolment.csv has no column 'person_id', which the data contract requires. Add "
        + "the column (named exactly so, snake_case) and run ingest again; nothing was loaded. The file has 10 "
        + "columns: [P1, 2020, 130102, H1, 1" + "*".repeat(16) + "(18 chars), 哨***(4 chars), 1" + "*".repeat(10)
        + "(11 chars), M, 1949-12-31, POOR] (no header row? the first row looks like data)",
        e.getMessage());
    assertFalse(e.getMessage().contains(TestInputs.ID_P1));
    assertFalse(e.getMessage().contains("哨兵丁卯"));
  }

  @Test
  void misnamedColumnStopsTheRunWithDidYouMean() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    TestInputs.write(input.resolve("households.csv"), List.of(
        "household_id,year,region_code,size,annual_income,registered_poor,povertycause",
        "H1,2020,130102,4,8000.50,true,ILLNESS"));
    assertEquals("households: file households.csv has the column 'povertycause': did you mean poverty_cause? "
        + "Rename it to exactly poverty_cause and run ingest again; nothing was loaded.", refused(input).getMessage());
  }

  @Test
  void misspeltColumnIsCaughtByEditDistance() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    TestInputs.write(input.resolve("claims.csv"), List.of(
        TestInputs.CLAIMS_HEADER.replace("reported_basic_paid", "reported_basic_piad"),
        "C2,P2,F1,OUTPATIENT_GENERAL,2020-04-01,2020-04-01,J06.9,120.50,120.50,0,false,,,ACTIVE,,,,,,"));
    assertTrue(refused(input).getMessage().startsWith("claims: file claims.csv has the column "
        + "'reported_basic_piad': did you mean reported_basic_paid?"));
  }

  @Test
  void closeNamesAreCheckedOnlyAgainstAbsentContractColumns() {
    assertTrue(ColumnCheck.close("povertycause", "povertycause"));
    assertTrue(ColumnCheck.close("povetycause", "povertycause"));
    assertFalse(ColumnCheck.close("note", "name"), "short names need an exact match");
    assertEquals(1, io.safetynet.text.EditDistance.between("reportedbasicpiad", "reportedbasicpaid"));
  }

  @Test
  void utf16FileIsRefusedAsNotUtf8() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    String text = Files.readString(input.resolve("claims.csv"));
    Files.write(input.resolve("claims.csv"), text.getBytes(StandardCharsets.UTF_16)); // with a BOM
    assertEquals("claims: file claims.csv must be UTF-8 (it looks like UTF-16). Convert it, e.g. iconv -f UTF-16 "
        + "-t UTF-8, and run ingest again; nothing was loaded.", refused(input).getMessage());
    Files.write(input.resolve("claims.csv"), text.getBytes(StandardCharsets.UTF_16LE)); // no BOM: NUL bytes
    assertTrue(refused(input).getMessage().startsWith(
        "claims: file claims.csv must be UTF-8 (it looks like UTF-16 without a byte-order mark)."));
  }

  @Test
  void emptyDirectoryNamedLikeTheFileIsNamedAsSuch() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    Files.delete(input.resolve("claims.csv"));
    Files.createDirectory(input.resolve("claims.csv"));
    assertEquals("The input claims.csv in " + input + " is a directory with no data files in it. Put the claims "
        + "file(s) in it, or remove it and place "
        + "claims.csv (or .jsonl, .parquet) in the input directory.", refused(input).getMessage());
  }

  @Test
  void symlinkLoopIsNamedAsSuch() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    Files.delete(input.resolve("claims.csv"));
    Files.createSymbolicLink(input.resolve("claims.csv"), input.resolve("claims.csv"));
    String m = refused(input).getMessage();
    assertTrue(m.startsWith("The input claims.csv in " + input + " is a symbolic link loop"), m);
  }

  @Test
  void warehouseThatIsAnExistingFileIsRefusedWithTheCause() throws Exception {
    Path input = TestInputs.writeBatch(tmp.resolve("input"));
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    IngestException e = assertThrows(IngestException.class, () -> TestInputs.ingest(input, file, "run-1"));
    assertEquals("The warehouse " + file + " is an existing file, not a directory. Pass --warehouse DIR naming a "
        + "directory (it is created when missing).", e.getMessage());
    IngestException below = assertThrows(IngestException.class,
        () -> TestInputs.ingest(input, file.resolve("warehouse"), "run-1"));
    assertTrue(below.getMessage().startsWith("The warehouse " + file.resolve("warehouse") + " cannot be created: "
        + file + " is a file"), below.getMessage());
  }
}
