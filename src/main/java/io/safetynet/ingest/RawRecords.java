package io.safetynet.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.map_keys;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reads one source file into raw records, every value a string, one row per source record (nothing dropped,
 * nothing padded): {@code source_file, row_number, fields map<string,string>, problem_kind, problem, raw}.
 * {@code problem} is set when the record itself is broken (CSV field count differs from the header, unclosed
 * quote, a JSON line that is not a JSON object); {@code raw} holds the record text only so the validator can
 * fingerprint it, and is never stored. {@code row_number}: CSV the 1-based data record (header excluded),
 * JSON Lines the 1-based line, Parquet the 1-based row.
 */
public final class RawRecords {
  public static final StructType SCHEMA = new StructType()
      .add("source_file", DataTypes.StringType, false)
      .add("row_number", DataTypes.LongType, false)
      .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
      .add("problem_kind", DataTypes.StringType, true)
      .add("problem", DataTypes.StringType, true)
      .add("raw", DataTypes.StringType, true);

  /**
   * What the UTF-8 decoder puts for bytes that are not UTF-8 (a GBK export, a cut multi-byte character): such a
   * record is quarantined whole rather than loaded with its text silently garbled.
   */
  static final char NOT_UTF8 = '\uFFFD';
  static final String NOT_UTF8_KIND = "record: not valid UTF-8";
  static final String NOT_UTF8_PROBLEM = " has bytes that are not valid UTF-8 (a GBK/GB18030 export?); the contract "
      + "requires UTF-8: convert the file, e.g. iconv -f GB18030 -t UTF-8, and ingest it again";

  /** A file's column names (as its header/schema/keys give them) and its records. */
  public record Source(SourceFile file, List<String> columns, Dataset<Row> records) {}

  private final SparkSession spark;

  public RawRecords(SparkSession spark) {
    this.spark = spark;
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
    String name = file.name();
    ArrayList<String> columns = new ArrayList<>(header);
    // one task streams the whole file: records may span lines, so a CSV file cannot be split safely
    var rows = jsc.binaryFiles(file.uri(), 1).values().flatMap(stream -> csvRows(stream, name, columns));
    return new Source(file, header, spark.createDataFrame(rows, SCHEMA));
  }

  private List<String> csvHeader(SourceFile file) {
    Path p = new Path(file.uri());
    try (InputStream in = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p)) {
      CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      if (!reader.hasNext()) {
        throw new IngestException(file.dataset() + ": file " + file.name() + " is empty; a CSV file needs a header "
            + "row with the column names of the data contract.");
      }
      List<String> header = reader.next().fields().stream().map(String::strip).toList();
      Set<String> seen = new HashSet<>();
      for (String h : header) {
        if (!seen.add(h)) {
          throw new IngestException(file.dataset() + ": file " + file.name() + " has the column '" + h
              + "' twice in its header. Remove or rename one of them.");
        }
      }
      return header;
    } catch (IOException e) {
      throw new IngestException(file.dataset() + ": cannot read " + file.uri() + ": " + e.getMessage(), e);
    }
  }

  private static Iterator<Row> csvRows(PortableDataStream stream, String name, List<String> header) {
    InputStream in = stream.open();
    CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    if (reader.hasNext()) {
      reader.next(); // header
    }
    return new Iterator<>() {
      long number = 0;

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
      public Row next() {
        CsvRecordReader.Record r = reader.next();
        number++;
        if (r.unterminatedQuote()) {
          return RowFactory.create(name, number, null, "record: unclosed quote",
              "a quoted field starting on line " + r.line() + " is not closed before the end of the file", r.text());
        }
        if (r.fields().size() != header.size()) {
          return RowFactory.create(name, number, null, "record: wrong number of fields",
              "the record on line " + r.line() + " has " + r.fields().size() + " fields but the header has "
                  + header.size(), r.text());
        }
        if (r.fields().stream().anyMatch(f -> f.indexOf(NOT_UTF8) >= 0)) {
          return RowFactory.create(name, number, null, NOT_UTF8_KIND,
              "the record on line " + r.line() + NOT_UTF8_PROBLEM, r.text());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          fields.put(header.get(i), r.fields().get(i));
        }
        return RowFactory.create(name, number, scalaMap(fields), null, null, null);
      }
    };
  }

  private Source jsonLines(SourceFile file) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String name = file.name();
    var rows = jsc.textFile(file.uri()).zipWithIndex().mapPartitions(lines -> jsonRows(lines, name));
    Dataset<Row> records = spark.createDataFrame(rows, SCHEMA);
    // JSON Lines has no header: its columns are every key that occurs in any record (one extra pass)
    List<String> columns = records.select(explode(map_keys(col("fields")))).distinct()
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    return new Source(file, columns, records);
  }

  private static Iterator<Row> jsonRows(Iterator<Tuple2<String, Long>> lines, String name) {
    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    return new Iterator<>() {
      Row next = advance();

      private Row advance() {
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
      public Row next() {
        Row r = next;
        next = advance();
        return r;
      }
    };
  }

  private static Row jsonRow(ObjectMapper mapper, String name, long lineNumber, String line) {
    if (line.indexOf(NOT_UTF8) >= 0) {
      return RowFactory.create(name, lineNumber, null, NOT_UTF8_KIND, "line " + lineNumber + NOT_UTF8_PROBLEM, line);
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (IOException e) {
      return RowFactory.create(name, lineNumber, null, "record: malformed JSON",
          "line " + lineNumber + " is not valid JSON", line);
    }
    if (node == null || !node.isObject()) {
      return RowFactory.create(name, lineNumber, null, "record: not a JSON object",
          "line " + lineNumber + " is valid JSON but not an object {...}", line);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      fields.put(e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
    });
    return RowFactory.create(name, lineNumber, scalaMap(fields), null, null, null);
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
        map_from_arrays(array(keys.toArray(Column[]::new)), array(values.toArray(Column[]::new))).as("fields"),
        lit(null).cast(DataTypes.StringType).as("problem_kind"),
        lit(null).cast(DataTypes.StringType).as("problem"),
        lit(null).cast(DataTypes.StringType).as("raw"));
    return new Source(file, columns, records);
  }

  /** Spark's Row encoder takes Scala maps only. */
  static scala.collection.Map<String, String> scalaMap(Map<String, String> map) {
    return scala.collection.JavaConverters.mapAsScalaMap(map);
  }
}
