package io.safetynet.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriangleTest {
  @TempDir Path dir;

  private String error(String csv) throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, csv);
    return assertThrows(ForecastException.class, () -> Triangle.read(f)).getMessage();
  }

  @Test
  void readsRaggedRowsInAnyLineOrder() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "origin,development,cumulative\n2019,1,50\n2018,2,150\n2018,1,100\n2019,2,-20.5\n10,1,7\n");
    Triangle t = Triangle.read(f);
    assertEquals(java.util.List.of("10", "2018", "2019"), t.origins());
    assertEquals(2, t.width());
    assertEquals(1, t.developed(0));
    assertEquals(-20.5, t.latest(2), 0); // a cumulative amount may fall
  }

  @Test
  void badRowsNameFileAndLine() throws IOException {
    String f = dir.resolve("t.csv").toString();
    assertEquals(f + ":1: header must be origin,development,cumulative, got 'year,dev,amount'",
        error("year,dev,amount\n2018,1,5\n"));
    assertEquals(f + ":3: cumulative must be a number, got 'abc'",
        error("origin,development,cumulative\n2018,1,5\n2018,2,abc\n"));
    assertEquals(f + ":2: development periods are 1-based (the first is 1), got 0",
        error("origin,development,cumulative\n2018,0,5\n"));
    assertEquals(f + ":2: expected 3 fields origin,development,cumulative, got 2 in '2018,1'",
        error("origin,development,cumulative\n2018,1\n"));
    assertEquals(f + ":3: origin 2018 development 1 given twice (also line 2)",
        error("origin,development,cumulative\n2018,1,5\n2018,1,6\n"));
    assertEquals(f + ":3: origin 2018 jumps to development 3 without development 2 (a row must run 1, 2, 3, ... "
        + "without gaps)", error("origin,development,cumulative\n2018,1,5\n2018,3,6\n"));
  }
}
