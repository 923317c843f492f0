package io.safetynet.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns raw string records into typed, pseudonymised rows of the cleaned table, or into a quarantine reason.
 * Output: the table's columns ({@link DatasetSchema#tableSchema()}) followed by {@link #INTERNAL} columns
 * (row number, reason, reason kind, masked row text, record fingerprint). Runs inside Spark tasks: one
 * {@link Pseudonymiser}, digest and JSON writer per partition.
 */
public final class RowValidator implements Serializable {
  public static final String ROW_NUMBER = "_row_number";
  public static final String REASON = "_reason";
  public static final String REASON_KIND = "_reason_kind";
  public static final String ROW_TEXT = "_row_text";
  public static final String RECORD_HASH = "_record_hash";
  static final StructType INTERNAL = new StructType()
      .add(ROW_NUMBER, DataTypes.LongType, false)
      .add(REASON, DataTypes.StringType, true)
      .add(REASON_KIND, DataTypes.StringType, true)
      .add(ROW_TEXT, DataTypes.StringType, true)
      .add(RECORD_HASH, DataTypes.StringType, false);
  static final String MASK = "***";
  static final String UNPARSEABLE_TEXT =
      "[not stored: the record could not be split into fields, so personal data in it cannot be masked; "
          + "see source_file at row_number]";
  private static final int MAX_VALUE_IN_REASON = 60;
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[-+]?\\d{1,10}(\\.\\d*)?");
  /** Longer fields are quarantined: no contract field comes near it, so it is a broken export, not data. */
  static final int MAX_FIELD_CHARS = 4096;
  /** Longer values are cut in the quarantine's copy of the record, which is for reading, not reloading. */
  private static final int MAX_VALUE_IN_QUARANTINE = 200;

  private final DatasetSchema schema;
  private final PiiKey key;
  private final String runId;
  private final PlausibleRange range;

  public RowValidator(DatasetSchema schema, PiiKey key, String runId, PlausibleRange range) {
    this.schema = schema;
    this.key = key;
    this.runId = runId;
    this.range = range;
  }

  public StructType outputSchema() {
    StructType out = schema.tableSchema();
    for (var f : INTERNAL.fields()) {
      out = out.add(f);
    }
    return out;
  }

  public Iterator<Row> validateAll(Iterator<RawRecords.Raw> raw) {
    Worker w = new Worker();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return raw.hasNext();
      }

      @Override
      public Row next() {
        return w.validate(raw.next());
      }
    };
  }

  /** Per-partition state: HMAC, digest and JSON writer are not thread-safe and not serializable. */
  final class Worker {
    private final Pseudonymiser pseudonymiser = new Pseudonymiser(key);
    private final MessageDigest sha256;
    private final ObjectMapper json = new ObjectMapper();
    private final int width = schema.tableSchema().size();
    private final java.util.Set<String> columnNames = schema.columnNames();
    private final Canonical canonical = new Canonical();

    Worker() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    Row validate(RawRecords.Raw raw) {
      String sourceFile = raw.sourceFile();
      long rowNumber = raw.rowNumber();
      Map<String, String> fields = raw.fields();
      Object[] out = new Object[width + INTERNAL.size()];
      out[width - 2] = sourceFile;
      out[width - 1] = runId;
      out[width] = rowNumber;
      if (fields == null) {
        out[width + 1] = raw.problem();
        out[width + 2] = raw.problemKind();
        out[width + 3] = UNPARSEABLE_TEXT;
        out[width + 4] = pseudonymiser.hmac(raw.text());
        return RowFactory.create(out);
      }
      out[width + 4] = pseudonymiser.hmac(canonical.text(fields));
      List<Problem> problems = new ArrayList<>();
      tooLong(fields, problems);
      java.util.Set<String> invalid = new java.util.HashSet<>();
      Map<String, Object> typed = parseFields(fields, problems, invalid);
      if (problems.isEmpty()) {
        for (RowRule rule : schema.rules()) {
          Problem p = rule.check(typed);
          if (p != null) {
            problems.add(p);
          }
        }
      }
      if (!problems.isEmpty()) {
        out[width + 1] = String.join("; ", problems.stream().map(Problem::message).toList());
        out[width + 2] = problems.get(0).kind();
        out[width + 3] = maskedText(fields, invalid);
        return RowFactory.create(out);
      }
      fillTableColumns(out, fields, typed);
      return RowFactory.create(out);
    }

    private void tooLong(Map<String, String> fields, List<Problem> problems) {
      boolean any = false;
      for (String v : fields.values()) {
        any |= v != null && v.length() > MAX_FIELD_CHARS;
      }
      if (!any) {
        return;
      }
      new TreeMap<>(fields).forEach((name, v) -> {
        if (v != null && v.length() > MAX_FIELD_CHARS) {
          problems.add(new Problem(name + ": too long", name + " has " + v.length() + " characters, more than the "
              + MAX_FIELD_CHARS + " any field may have"));
        }
      });
    }

    /** Parses every contract field; names the fields that failed in {@code invalid}. */
    private Map<String, Object> parseFields(Map<String, String> fields, List<Problem> problems,
        java.util.Set<String> invalid) {
      Map<String, Object> typed = new HashMap<>();
      for (ColumnSpec c : schema.columns()) {
        String text = fields.get(c.name());
        text = text == null ? null : text.strip();
        if (text == null || text.isEmpty()) {
          if (c.required()) {
            problems.add(new Problem(c.name() + ": required but empty",
                c.name() + " is required but empty or missing"));
          }
          typed.put(c.name(), null);
          continue;
        }
        try {
          typed.put(c.name(), FieldParser.parse(c, text, range));
        } catch (FieldParser.Invalid e) {
          invalid.add(c.name());
          String shown = c.pii() ? " (value withheld: personal data)" : "='" + shorten(invalidValue(c, text)) + "'";
          problems.add(new Problem(c.name() + ": " + e.getMessage(), c.name() + shown + ": " + e.getMessage()));
        }
      }
      return typed;
    }

    private void fillTableColumns(Object[] out, Map<String, String> fields, Map<String, Object> typed) {
      int i = 0;
      StringBuilder content = new StringBuilder();
      for (ColumnSpec c : schema.columns()) {
        Object v = typed.get(c.name());
        if (c.pii()) {
          v = pseudonymiser.pseudonym(c.name(), (String) v);
        }
        content.append(v).append('\u0001');
        out[i++] = toSpark(v);
      }
      if (schema.insuranceYearFrom() != null) {
        out[i++] = ((LocalDate) typed.get(schema.insuranceYearFrom())).getYear();
      }
      TreeMap<String, String> extra = new TreeMap<>();
      for (Map.Entry<String, String> e : fields.entrySet()) {
        if (!columnNames.contains(e.getKey()) && e.getValue() != null && !e.getValue().isBlank()) {
          if (schema.isPiiExtra(e.getKey())) {
            extra.put(e.getKey().strip() + "_hash",
                pseudonymiser.pseudonym(PersonalText.personalKind(e.getKey()), e.getValue()));
          } else {
            extra.put(e.getKey(), e.getValue());
          }
        }
      }
      content.append(extra);
      out[i++] = extra.isEmpty() ? null : RawRecords.scalaMap(extra);
      out[i] = HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The record as JSON for the quarantine: schema columns first, then extras; personal values masked, and so
     * are invalid values that may be personal ({@link #invalidValue}).
     */
    private String maskedText(Map<String, String> fields, java.util.Set<String> invalid) {
      ObjectNode node = json.createObjectNode();
      for (ColumnSpec c : schema.columns()) {
        if (fields.containsKey(c.name())) {
          String v = fields.get(c.name());
          node.put(c.name(), c.pii() && v != null && !v.isBlank() ? MASK
              : v != null && invalid.contains(c.name()) ? cut(invalidValue(c, v)) : cut(v));
        }
      }
      for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
        if (schema.column(e.getKey()).isEmpty()) {
          node.put(e.getKey(), schema.isPiiExtra(e.getKey()) && e.getValue() != null ? MASK : cut(e.getValue()));
        }
      }
      try {
        return json.writeValueAsString(node);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * A stable text of all fields (by name, whatever their order in the file), for the keyed fingerprint that
   * identifies a quarantined record. The records of one file share their names, so the sorted order is kept.
   */
  static final class Canonical {
    private String[] names = new String[0];
    private String[] sorted = new String[0];

    String text(Map<String, String> fields) {
      if (!sameNames(fields)) {
        names = fields.keySet().toArray(String[]::new);
        sorted = names.clone();
        java.util.Arrays.sort(sorted);
      }
      StringBuilder b = new StringBuilder(256);
      for (String k : sorted) {
        b.append(k).append('=').append(fields.get(k)).append('\u0001');
      }
      return b.toString();
    }

    private boolean sameNames(Map<String, String> fields) {
      if (fields.size() != names.length) {
        return false;
      }
      int i = 0;
      for (String k : fields.keySet()) {
        if (!k.equals(names[i++])) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * An invalid value as messages and the quarantine may show it: as is only in a column whose valid values are
   * never personal and when it does not look personal itself (a name typed into gender is masked), else masked.
   */
  static String invalidValue(ColumnSpec c, String value) {
    if (!c.knownSafe()) {
      return PersonalText.mask(value);
    }
    boolean numeric = c.type() == ColumnType.DECIMAL || c.type() == ColumnType.INT;
    // an amount of up to 10 integer digits is shown (a phone or ID number has 11 or more)
    return numeric && PLAIN_NUMBER.matcher(value).matches() || !PersonalText.mayBePersonal(value) ? value
        : PersonalText.mask(value);
  }

  private static Object toSpark(Object v) {
    if (v instanceof Instant i) {
      return Timestamp.from(i);
    }
    if (v instanceof LocalDate d) {
      return java.sql.Date.valueOf(d);
    }
    return v;
  }

  private static String cut(String s) {
    return s == null || s.length() <= MAX_VALUE_IN_QUARANTINE ? s
        : s.substring(0, MAX_VALUE_IN_QUARANTINE) + "... (" + s.length() + " characters)";
  }

  private static String shorten(String s) {
    return s.length() <= MAX_VALUE_IN_REASON ? s : s.substring(0, MAX_VALUE_IN_REASON) + "...";
  }
}
