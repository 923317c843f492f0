package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
  private static List<CsvRecordReader.Record> read(String text) {
    List<CsvRecordReader.Record> out = new ArrayList<>();
    new CsvRecordReader(new StringReader(text)).forEachRemaining(out::add);
    return out;
  }

  @Test
  void quotesEscapesAndLineBreaksInsideQuotes() {
    List<CsvRecordReader.Record> r = read("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\r\nz\",\r\n\r\n2,,\"\"\n");
    assertEquals(3, r.size());
    assertEquals(List.of("a", "b", "c"), r.get(0).fields());
    assertEquals(List.of("1", "x, \"y\"\r\nz", ""), r.get(1).fields());
    assertEquals(2, r.get(1).line());
    assertEquals(List.of("2", "", ""), r.get(2).fields());
    assertEquals(5, r.get(2).line());
  }

  @Test
  void shortRowKeepsItsFieldCountAndUnclosedQuoteIsReported() {
    List<CsvRecordReader.Record> r = read("a,b,c\n1,2\n3,\"open,4,5\n6,7,8");
    assertEquals(List.of("1", "2"), r.get(1).fields());
    assertEquals(3, r.size());
    assertEquals(true, r.get(2).unterminatedQuote());
    assertEquals(List.of("3", "open,4,5\n6,7,8"), r.get(2).fields());
  }
}
