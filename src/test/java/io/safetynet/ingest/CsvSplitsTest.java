package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Reading a CSV file in the pieces {@link CsvSplits} cuts gives exactly the records of reading it whole. */
class CsvSplitsTest {

  @Test
  void cutsOnlyWhereARecordStarts() throws IOException {
    // header (6 bytes), a record with a quoted line break (9 bytes: 1,"x\ny"\n), a CR LF record, a blank line
    byte[] file = "id,v\r\n1,\"x\ny\"\n2,z\r\n\n3,w\n".getBytes(StandardCharsets.UTF_8);
    List<CsvSplits.Split> splits = CsvSplits.scan(new ByteArrayInputStream(file), file.length, 1);
    assertEquals(List.of(
        new CsvSplits.Split(0, 6, 0, 1),     // the header line
        new CsvSplits.Split(6, 14, 1, 2),    // 1,"x<LF>y" : not cut at the LF inside quotes
        new CsvSplits.Split(14, 19, 2, 4),   // 2,z<CR><LF> : not cut between CR and LF
        new CsvSplits.Split(19, 20, 3, 5),   // the blank line: the reader skips it, no record
        new CsvSplits.Split(20, 24, 3, 6)),  // 3,w : record 3 on line 6
        splits);
    assertEquals(whole(file), pieces(file, splits));
  }

  @Property(tries = 500)
  void piecesReadLikeTheWholeFile(@ForAll("csvFiles") byte[] file, @ForAll @IntRange(min = 1, max = 40) int target)
      throws IOException {
    List<CsvSplits.Split> splits = CsvSplits.scan(new ByteArrayInputStream(file), file.length, target);
    assertEquals(0, splits.get(0).start());
    assertEquals(file.length, splits.get(splits.size() - 1).end());
    for (int i = 1; i < splits.size(); i++) {
      assertEquals(splits.get(i - 1).end(), splits.get(i).start(), "pieces are contiguous");
    }
    List<CsvRecordReader.Record> whole = whole(file);
    assertEquals(whole, pieces(file, splits));
    long before = 0;
    for (CsvSplits.Split s : splits) {
      assertEquals(before, s.firstRecord(), "record index at " + s);
      before += read(file, s).size();
    }
  }

  /** Files of records built from the characters that matter to CSV, with some bytes that are not UTF-8. */
  @Provide
  Arbitrary<byte[]> csvFiles() {
    Arbitrary<String> piece = Arbitraries.of("a", "ä", "中", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\uFEFF", " ",
        "\"x,\ny\"", "\uD83D\uDE00", "\u0000");
    Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xEF}, new byte[] {(byte) 0xEF, (byte) 0xBB},
        new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF});
    Arbitrary<byte[]> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, piece.map(p -> p.getBytes(StandardCharsets.UTF_8))),
        net.jqwik.api.Tuple.of(1, bad));
    return token.list().ofMaxSize(60).map(tokens -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      tokens.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  private static List<CsvRecordReader.Record> whole(byte[] file) {
    return read(file, new CsvSplits.Split(0, file.length, 0, 1));
  }

  private static List<CsvRecordReader.Record> pieces(byte[] file, List<CsvSplits.Split> splits) {
    List<CsvRecordReader.Record> out = new ArrayList<>();
    splits.forEach(s -> out.addAll(read(file, s)));
    return out;
  }

  private static List<CsvRecordReader.Record> read(byte[] file, CsvSplits.Split s) {
    ByteArrayInputStream in = new ByteArrayInputStream(file, (int) s.start(), (int) (s.end() - s.start()));
    List<CsvRecordReader.Record> out = new ArrayList<>();
    new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8), s.firstLine()).forEachRemaining(out::add);
    return out;
  }
}
