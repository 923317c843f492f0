package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV file read by several Spark tasks gives the records, row numbers and problems of reading it whole. */
class RawRecordsSplitTest {
  @TempDir Path dir;

  @Test
  void aFileReadInPiecesKeepsItsRecordsAndNumbers() throws Exception {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes(("claim_id,note,amount\r\n"           // header, line 1
        + "C1,plain,1.00\r\n"                              // row 1, line 2
        + "C2,\"two\nlines\",2.00\r\n"                     // row 2, lines 3-4
        + "C3,short\r\n"                                   // row 3, line 5: two fields
        + "\r\n"                                           // line 6: blank, not a record
        + "C4,").getBytes(StandardCharsets.UTF_8));
    csv.write(0xFF);                                       // row 4, line 7: not UTF-8
    csv.writeBytes((",4.00\r\n"
        + "C5,\"a \"\"quoted\"\" word\",5.00\r\n"          // row 5, line 8
        + "C6,last,6.00").getBytes(StandardCharsets.UTF_8)); // row 6, line 9, no line end
    Path file = dir.resolve("claims.csv");
    Files.write(file, csv.toByteArray());
    SourceFile source = new SourceFile("claims", file.toUri().toString(), "claims.csv", SourceFile.Format.CSV);

    RawRecords.Source pieces = new RawRecords(TestSpark.session(), 1).read(source);
    RawRecords.Source whole = new RawRecords(TestSpark.session()).read(source);
    assertTrue(pieces.records().getNumPartitions() > 2, "read by several tasks");
    assertEquals(1, whole.records().getNumPartitions());

    List<RawRecords.Raw> records = sorted(pieces.records().collect());
    assertEquals(sorted(whole.records().collect()), records);
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), records.stream().map(RawRecords.Raw::rowNumber).toList());
    assertEquals("two\nlines", records.get(1).fields().get("note"));
    assertEquals("record: wrong number of fields", records.get(2).problemKind());
    assertEquals("the record on line 5 has 2 fields but the header has 3", records.get(2).problem());
    assertEquals(RawRecords.NOT_UTF8_KIND, records.get(3).problemKind());
    assertTrue(records.get(3).problem().startsWith("the record on line 7 "), records.get(3).problem());
    assertEquals("a \"quoted\" word", records.get(4).fields().get("note"));
    assertEquals("6.00", records.get(5).fields().get("amount"));
    assertNull(records.get(5).problem());
  }

  private static List<RawRecords.Raw> sorted(List<RawRecords.Raw> raw) {
    return raw.stream().sorted(Comparator.comparingLong(RawRecords.Raw::rowNumber)).toList();
  }
}
