package io.safetynet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a CSV file into byte ranges that {@link CsvRecordReader} can parse independently, so one large file is
 * read by many tasks. A CSV record may span lines (a line break inside quotes), so a range cannot start at just
 * any line break: one sequential scan of the bytes follows the reader's own quoting rules and cuts only where a
 * record begins. The scan looks at bytes only (quote, comma, CR, LF are ASCII, and no UTF-8 multi-byte character
 * contains an ASCII byte), so it runs at disk speed. It also counts records and lines, so every range knows the
 * row and line numbers of its first record and numbering stays that of reading the file whole.
 */
final class CsvSplits {
  /**
   * A byte range [start, end) that begins at a record.
   *
   * @param firstRecord 0-based index of its first record in the file (the header is record 0)
   * @param firstLine 1-based line its first byte is on
   */
  record Split(long start, long end, long firstRecord, long firstLine) implements Serializable {}

  private enum State { RECORD_START, BOM1, BOM2, FIELD, QUOTED, QUOTE_SEEN }

  private CsvSplits() {}

  /** The whole file as one range (small files are not worth a scan). */
  static List<Split> whole(long length) {
    return List.of(new Split(0, length, 0, 1));
  }

  /**
   * Scans {@code in} (a whole file) and cuts it at record starts at least {@code targetBytes} apart.
   *
   * @param length the file's length in bytes
   */
  static List<Split> scan(InputStream in, long length, long targetBytes) throws IOException {
    return new Scanner(targetBytes).scan(in, length);
  }

  /** The reader's quoting rules as a byte state machine. */
  private static final class Scanner {
    private final long targetBytes;
    private final List<Split> splits = new ArrayList<>();
    private long lastCut;
    private long lastCutRecord;
    private long lastCutLine = 1;
    private long records;
    private long line = 1;
    private State state = State.RECORD_START;
    private boolean fieldStart;
    private boolean afterCr; // the previous byte was a CR that ended a line outside quotes

    Scanner(long targetBytes) {
      this.targetBytes = targetBytes;
    }

    List<Split> scan(InputStream in, long length) throws IOException {
      byte[] buf = new byte[1 << 16];
      long offset = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++, offset++) {
          int b = buf[i] & 0xFF;
          if (afterCr) {
            afterCr = false;
            if (b == '\n') {
              continue; // the LF of a CR LF, consumed with the CR
            }
          }
          if (state == State.RECORD_START && offset - lastCut >= targetBytes) {
            splits.add(new Split(lastCut, offset, lastCutRecord, lastCutLine));
            lastCut = offset;
            lastCutRecord = records;
            lastCutLine = line;
          }
          accept(b);
        }
      }
      splits.add(new Split(lastCut, length, lastCutRecord, lastCutLine));
      return splits;
    }

    private void accept(int b) {
      switch (state) {
        // before a record the reader skips blank lines and byte-order marks (EF BB BF)
        case RECORD_START -> {
          if (b == '\r' || b == '\n') {
            lineEnd(b);
          } else if (b == 0xEF) {
            state = State.BOM1;
          } else {
            startRecord(true);
            field(b);
          }
        }
        case BOM1, BOM2 -> {
          if (state == State.BOM1 && b == 0xBB) {
            state = State.BOM2;
          } else if (state == State.BOM2 && b == 0xBF) {
            state = State.RECORD_START;
          } else {
            startRecord(false); // not a mark after all: the reader decodes those bytes as record text
            field(b);
          }
        }
        case FIELD -> field(b);
        case QUOTED -> {
          if (b == '"') {
            state = State.QUOTE_SEEN;
          } else if (b == '\n') {
            line++;
          }
        }
        case QUOTE_SEEN -> {
          if (b == '"') {
            state = State.QUOTED; // "" is a quote inside quotes
          } else {
            state = State.FIELD;
            fieldStart = false;
            field(b);
          }
        }
        default -> throw new IllegalStateException(state.name());
      }
    }

    private void startRecord(boolean atFieldStart) {
      records++;
      state = State.FIELD;
      fieldStart = atFieldStart;
    }

    /** A byte outside quotes within a record. */
    private void field(int b) {
      if (b == '\r' || b == '\n') {
        lineEnd(b);
        state = State.RECORD_START;
      } else if (b == '"' && fieldStart) {
        state = State.QUOTED;
      } else {
        fieldStart = b == ',';
      }
    }

    private void lineEnd(int b) {
      line++;
      afterCr = b == '\r';
    }
  }
}
