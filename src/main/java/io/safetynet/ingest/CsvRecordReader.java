package io.safetynet.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams RFC 4180 records: comma separated, fields optionally in double quotes, {@code ""} for a quote inside
 * quotes, CR LF or LF line ends, line breaks allowed inside quotes. Lenient where the RFC is silent (a stray
 * quote inside an unquoted field is kept as text). Blank lines are not records. We parse CSV ourselves rather
 * than through Spark's reader because Spark's PERMISSIVE mode pads a short row with nulls without saying so:
 * here every record keeps its field count, so a short or long row is caught and quarantined.
 */
public final class CsvRecordReader implements Iterator<CsvRecordReader.Record> {

  /**
   * One record.
   *
   * @param line the 1-based line the record starts on
   * @param fields the field texts (an empty field is "")
   * @param unterminatedQuote the file ended inside a quoted field
   */
  public record Record(long line, List<String> fields, boolean unterminatedQuote) {
    /** The record as one text (for fingerprinting only; never stored). */
    public String text() {
      return String.join(",", fields);
    }
  }

  private final Reader in;
  // our own buffer: Reader.read() per character takes a lock each time, a third of the parse time
  private final char[] buf = new char[1 << 14];
  private int pos;
  private int end;
  private int peeked = -2;
  private long line;
  private Record next;

  public CsvRecordReader(Reader in) {
    this(in, 1);
  }

  /** A reader of a piece of a file ({@link CsvSplits}) whose first byte is on line {@code firstLine}. */
  public CsvRecordReader(Reader in, long firstLine) {
    this.in = in;
    this.line = firstLine;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = readRecord();
    }
    return next != null;
  }

  @Override
  public Record next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Record r = next;
    next = null;
    return r;
  }

  private Record readRecord() {
    int c = read();
    // skip blank lines (and a byte-order mark at the very start)
    while (c == '\r' || c == '\n' || c == '\uFEFF') {
      consumeLineEnd(c);
      c = read();
    }
    if (c == -1) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    while (true) {
      if (quoted) {
        if (c == -1) {
          fields.add(field.toString());
          return new Record(start, fields, true);
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
      } else if (c == '\r' || c == '\n' || c == -1) {
        fields.add(field.toString());
        consumeLineEnd(c);
        return new Record(start, fields, false);
      } else {
        field.append((char) c);
        fieldStart = false;
      }
      c = read();
    }
  }

  private void consumeLineEnd(int c) {
    if (c == '\r') {
      int d = read();
      if (d != '\n') {
        peeked = d;
      }
      line++;
    } else if (c == '\n') {
      line++;
    }
  }

  private int read() {
    if (peeked != -2) {
      int p = peeked;
      peeked = -2;
      return p;
    }
    if (pos == end) {
      try {
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
          n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
          return -1;
        }
        pos = 0;
        end = n;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return buf[pos++];
  }
}
