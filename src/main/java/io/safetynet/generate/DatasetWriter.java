package io.safetynet.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams the rows of one dataset to a file in CSV or JSON Lines. Values are {@code String}, {@code Integer},
 * {@code BigDecimal} (written as plain decimals), {@code Boolean}, {@code LocalDate} or {@code null} (an empty CSV
 * field, a JSON {@code null}); timestamps arrive as pre-formatted ISO-8601 strings.
 */
final class DatasetWriter implements Closeable {
  private final Dataset dataset;
  private final OutputFormat format;
  private final Path file;
  private final Writer out;
  private final StringBuilder line = new StringBuilder(512);
  private long rows;

  DatasetWriter(Dataset dataset, OutputFormat format, Path directory) {
    this.dataset = dataset;
    this.format = format;
    this.file = directory.resolve(dataset.baseName() + "." + format.extension());
    try {
      this.out = new BufferedWriter(
          new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
      if (format == OutputFormat.CSV) {
        List<Dataset.Column> columns = dataset.columns();
        for (int i = 0; i < columns.size(); i++) {
          if (i > 0) {
            line.append(',');
          }
          line.append(columns.get(i).name());
        }
        line.append('\n');
        out.append(line);
        line.setLength(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file + ": check that the output directory is writable", e);
    }
  }

  Path file() {
    return file;
  }

  long rows() {
    return rows;
  }

  void write(Object... values) {
    List<Dataset.Column> columns = dataset.columns();
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          dataset.baseName() + " has " + columns.size() + " columns, got " + values.length + " values");
    }
    if (format == OutputFormat.CSV) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        appendCsv(text(values[i]));
      }
    } else {
      line.append('{');
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        appendJsonString(columns.get(i).name());
        line.append(':');
        Object v = values[i];
        Dataset.Type type = columns.get(i).type();
        if (v == null) {
          line.append("null");
        } else if (type == Dataset.Type.INT || type == Dataset.Type.DECIMAL || type == Dataset.Type.BOOLEAN) {
          line.append(text(v));
        } else {
          appendJsonString(text(v));
        }
      }
      line.append('}');
    }
    line.append('\n');
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + file + ": is the disk full?", e);
    }
    line.setLength(0);
    rows++;
  }

  private static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    return v.toString();
  }

  /** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
  private void appendCsv(String s) {
    if (s == null) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(s);
      return;
    }
    line.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  private void appendJsonString(String s) {
    line.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          line.append("\\\"");
          break;
        case '\\':
          line.append("\\\\");
          break;
        case '\n':
          line.append("\\n");
          break;
        case '\r':
          line.append("\\r");
          break;
        case '\t':
          line.append("\\t");
          break;
        default:
          if (c < 0x20) {
            line.append("\\u00");
            line.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
          } else {
            line.append(c);
          }
      }
    }
    line.append('"');
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
