package io.safetynet.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import scala.Tuple2;

/**
 * Reads one source file into raw records, every value a string, one per source record (nothing dropped, nothing
 * padded): {@link Raw}. {@code problem} is set when the record itself is broken (CSV field count differs from the
 * header, unclosed quote, a JSON line that is not a JSON object); {@code text} holds the record text only so the
 * validator can fingerprint it, and is never stored. {@code rowNumber}: CSV the 1-based data record (header
 * excluded), JSON Lines the 1-based line, Parquet the 1-based row. Records stay plain Java objects in an RDD: the
 * validator is their only reader, so they never pay for a round trip through Spark's row format.
 */
public final class RawRecords {
  /** One source record: its fields by column name (null when the record could not be split), or its problem. */
  public record Raw(String sourceFile, long rowNumber, Map<String, String> fields, String problemKind,
      String problem, String text) implements Serializable {
    static Raw ok(String sourceFile, long rowNumber, Map<String, String> fields) {
      return new Raw(sourceFile, rowNumber, fields, null, null, null);
    }

    static Raw broken(String sourceFile, long rowNumber, String kind, String problem, String text) {
      return new Raw(sourceFile, rowNumber, null, kind, problem, text);
    }
  }

  /** CSV files smaller than this are read by one task without a scan for cut points. */
  static final long MIN_SPLIT_BYTES = 8L << 20;
  private static final long MAX_SPLIT_BYTES = 128L << 20;

  /**
   * What the UTF-8 decoder puts for bytes that are not UTF-8 (a GBK export, a cut multi-byte character): such a
   * record is quarantined whole rather than loaded with its text silently garbled.
   */
  static final char NOT_UTF8 = '\uFFFD';
  static final String NOT_UTF8_KIND = "record: not valid UTF-8";
  static final String NOT_UTF8_PROBLEM = " has bytes that are not valid UTF-8 (a GBK/GB18030 export?); the contract "
      + "requires UTF-8: convert the file, e.g. iconv -f GB18030 -t UTF-8, and ingest it again";

  /** A file's column names (as its header/schema/keys give them) and its records. */
  public record Source(SourceFile file, List<String> columns, JavaRDD<Raw> records) {}

  private final SparkSession spark;
  private final long minSplitBytes;

  public RawRecords(SparkSession spark) {
    this(spark, MIN_SPLIT_BYTES);
  }

  /** With a smaller least piece size, so tests can read a small file in pieces. */
  RawRecords(SparkSession spark, long minSplitBytes) {
    this.spark = spark;
    this.minSplitBytes = minSplitBytes;
  }

  public Source read(SourceFile file) {
    switch (file.format()) {
      case CSV:
        return csv(file);
      case JSON_LINES:
        return jsonLines(file);
      default:
        return parquet(file);
    }
  }

  private Source csv(SourceFile file) {
    List<String> header = csvHeader(file);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<CsvSplits.Split> splits = csvSplits(file, jsc.defaultParallelism());
    Broadcast<SerializableWritable<Configuration>> conf =
        jsc.broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
    String uri = file.uri();
    String name = file.name();
    ArrayList<String> columns = new ArrayList<>(header);
    JavaRDD<Raw> rows = jsc.parallelize(splits, splits.size())
        .flatMap(split -> csvRows(conf.value().value(), uri, split, name, columns));
    return new Source(file, header, rows);
  }

  /**
   * Byte ranges of the file for parallel reading: about two per core, 8 to 128 MiB each; found by one scan of the
   * file on the driver (records may span lines, see {@link CsvSplits}). A small file is one range, not scanned.
   */
  private List<CsvSplits.Split> csvSplits(SourceFile file, int parallelism) {
    Path p = new Path(file.uri());
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      long length = fs.getFileStatus(p).getLen();
      long target = Math.min(MAX_SPLIT_BYTES, Math.max(minSplitBytes, length / (2L * parallelism)));
      if (length < 2 * target) {
        return CsvSplits.whole(length);
      }
      try (InputStream in = fs.open(p)) {
        return CsvSplits.scan(in, length, target);
      }
    } catch (IOException e) {
      throw new IngestException(file.dataset() + ": cannot read " + file.uri() + ": " + e.getMessage(), e);
    }
  }

  private List<String> csvHeader(SourceFile file) {
    Path p = new Path(file.uri());
    try (InputStream in = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p)) {
      CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      if (!reader.hasNext()) {
        throw new IngestException(file.dataset() + ": file " + file.name() + " is empty; a CSV file needs a header "
            + "row with the column names of the data contract.");
      }
      List<String> header = new ArrayList<>(reader.next().fields().stream().map(String::strip).toList());
      // a UTF-8 byte-order mark (Excel's "CSV UTF-8") is not part of the first column's name
      if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1).strip());
      }
      Set<String> seen = new HashSet<>();
      for (String h : header) {
        if (!seen.add(h)) {
          throw new IngestException(file.dataset() + ": file " + file.name() + " has the column '"
              + PersonalText.shown(h) + "' twice in its header (" + PersonalText.columns(header) + "). Remove or "
              + "rename one of them, or add the header row if the first row is data.");
        }
      }
      return header;
    } catch (IOException e) {
      throw new IngestException(file.dataset() + ": cannot read " + file.uri() + ": " + e.getMessage(), e);
    }
  }

  private static Iterator<Raw> csvRows(Configuration conf, String uri, CsvSplits.Split split, String name,
      List<String> header) throws IOException {
    Path p = new Path(uri);
    FSDataInputStream file = p.getFileSystem(conf).open(p);
    file.seek(split.start());
    InputStream in = new LimitedInputStream(file, split.end() - split.start());
    CsvRecordReader reader = new CsvRecordReader(
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), split.firstLine());
    if (split.firstRecord() == 0 && reader.hasNext()) {
      reader.next(); // header
    }
    return new Iterator<>() {
      // data record k of the file (the header is record 0) has row number k
      long number = Math.max(0, split.firstRecord() - 1);

      @Override
      public boolean hasNext() {
        boolean more = reader.hasNext();
        if (!more) {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return more;
      }

      @Override
      public Raw next() {
        CsvRecordReader.Record r = reader.next();
        number++;
        if (r.unterminatedQuote()) {
          return Raw.broken(name, number, "record: unclosed quote",
              "a quoted field starting on line " + r.line() + " is not closed before the end of the file", r.text());
        }
        if (r.fields().size() != header.size()) {
          return Raw.broken(name, number, "record: wrong number of fields",
              "the record on line " + r.line() + " has " + r.fields().size() + " fields but the header has "
                  + header.size(), r.text());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String f = r.fields().get(i);
          if (f.indexOf(NOT_UTF8) >= 0) {
            return Raw.broken(name, number, NOT_UTF8_KIND, "the record on line " + r.line() + NOT_UTF8_PROBLEM,
                r.text());
          }
          fields.put(header.get(i), f);
        }
        return Raw.ok(name, number, fields);
      }
    };
  }

  /** Reads at most {@code limit} bytes of a stream: one split of a file. */
  private static final class LimitedInputStream extends FilterInputStream {
    private long left;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  private Source jsonLines(SourceFile file) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String name = file.name();
    JavaRDD<Raw> rows = jsc.textFile(file.uri()).zipWithIndex().mapPartitions(lines -> jsonRows(lines, name));
    // JSON Lines has no header: its columns are every key that occurs in any record (one extra pass)
    List<String> columns = rows
        .flatMap(r -> r.fields() == null ? List.<String>of().iterator() : r.fields().keySet().iterator())
        .distinct().collect().stream().sorted().toList();
    return new Source(file, columns, rows);
  }

  private static Iterator<Raw> jsonRows(Iterator<Tuple2<String, Long>> lines, String name) {
    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    return new Iterator<>() {
      Raw next = advance();

      private Raw advance() {
        while (lines.hasNext()) {
          Tuple2<String, Long> t = lines.next();
          String line = t._1();
          if (!line.isBlank()) {
            return jsonRow(mapper, name, t._2() + 1, line);
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Raw next() {
        Raw r = next;
        next = advance();
        return r;
      }
    };
  }

  private static Raw jsonRow(ObjectMapper mapper, String name, long lineNumber, String line) {
    if (line.indexOf(NOT_UTF8) >= 0) {
      return Raw.broken(name, lineNumber, NOT_UTF8_KIND, "line " + lineNumber + NOT_UTF8_PROBLEM, line);
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (IOException e) {
      return Raw.broken(name, lineNumber, "record: malformed JSON",
          "line " + lineNumber + " is not valid JSON", line);
    }
    if (node == null || !node.isObject()) {
      return Raw.broken(name, lineNumber, "record: not a JSON object",
          "line " + lineNumber + " is valid JSON but not an object {...}", line);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      fields.put(e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
    });
    return Raw.ok(name, lineNumber, fields);
  }

  private Source parquet(SourceFile file) {
    Dataset<Row> df = spark.read().parquet(file.uri());
    List<String> columns = List.of(df.columns());
    List<Column> keys = new ArrayList<>();
    List<Column> values = new ArrayList<>();
    for (String c : columns) {
      keys.add(lit(c));
      values.add(col("`" + c.replace("`", "``") + "`").cast(DataTypes.StringType));
    }
    Dataset<Row> records = df.select(
        lit(file.name()).as("source_file"),
        col("_metadata.row_index").plus(1).as("row_number"),
        map_from_arrays(array(keys.toArray(Column[]::new)), array(values.toArray(Column[]::new))).as("fields"));
    JavaRDD<Raw> rows = records.javaRDD()
        .map(r -> Raw.ok(r.getString(0), r.getLong(1), new LinkedHashMap<>(r.<String, String>getJavaMap(2))));
    return new Source(file, columns, rows);
  }

  /** Spark's Row encoder takes Scala maps only. */
  static scala.collection.Map<String, String> scalaMap(Map<String, String> map) {
    return scala.collection.JavaConverters.mapAsScalaMap(map);
  }
}
