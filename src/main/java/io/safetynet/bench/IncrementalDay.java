package io.safetynet.bench;

import io.safetynet.ingest.CsvRecordReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A day's batch derived from a full input directory: about {@code share} of the claims arrive again, half as
 * corrections (total and in-policy cost raised by 10.00 yuan, so T = P + O still holds) and half as new claims
 * (a copy under a new claim id ending in {@code -D1}), with the enrolment rows of the persons they belong to and
 * the facilities. Deterministic: every n-th claim is picked, n = round(1 / share).
 */
public final class IncrementalDay {
  /** What the day's batch holds. */
  public record Result(Path directory, long corrected, long added, long persons) {}

  static final BigDecimal CORRECTION = new BigDecimal("10.00");

  private IncrementalDay() {}

  public static Result write(Path fullInput, Path dayDir, double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("incremental share must be in (0, 1], got " + share);
    }
    long every = Math.max(1, Math.round(1 / share));
    try {
      Files.createDirectories(dayDir);
      Files.copy(fullInput.resolve("facilities.csv"), dayDir.resolve("facilities.csv"),
          StandardCopyOption.REPLACE_EXISTING);
      Set<String> persons = new HashSet<>();
      long corrected = 0;
      long added = 0;
      try (Reader in = Files.newBufferedReader(fullInput.resolve("claims.csv"), StandardCharsets.UTF_8);
          Writer out = Files.newBufferedWriter(dayDir.resolve("claims.csv"), StandardCharsets.UTF_8)) {
        CsvRecordReader records = new CsvRecordReader(in);
        List<String> header = records.next().fields();
        int id = header.indexOf("claim_id");
        int person = header.indexOf("person_id");
        int total = header.indexOf("total_cost");
        int inPolicy = header.indexOf("in_policy_cost");
        int status = header.indexOf("status");
        writeLine(out, header);
        for (long index = 0; records.hasNext(); index++) {
          List<String> row = new java.util.ArrayList<>(records.next().fields());
          if (index % every != every / 2) {
            continue;
          }
          // alternate by block of n claims: even blocks correct a claim, odd ones add one
          if ((index / every) % 2 == 0 && "ACTIVE".equals(row.get(status))) {
            row.set(total, new BigDecimal(row.get(total)).add(CORRECTION).toPlainString());
            row.set(inPolicy, new BigDecimal(row.get(inPolicy)).add(CORRECTION).toPlainString());
            corrected++;
          } else {
            row.set(id, row.get(id) + "-D1");
            added++;
          }
          persons.add(row.get(person));
          writeLine(out, row);
        }
      }
      copyRows(fullInput.resolve("enrolment.csv"), dayDir.resolve("enrolment.csv"), "person_id", persons);
      return new Result(dayDir, corrected, added, persons.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the day's batch to " + dayDir + ": " + e.getMessage(), e);
    }
  }

  /** Copies the header and the rows whose {@code column} is in {@code keep}. */
  private static void copyRows(Path from, Path to, String column, Set<String> keep) throws IOException {
    try (Reader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        Writer out = new BufferedWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8))) {
      CsvRecordReader records = new CsvRecordReader(in);
      List<String> header = records.next().fields();
      int key = header.indexOf(column);
      writeLine(out, header);
      while (records.hasNext()) {
        List<String> row = records.next().fields();
        if (keep.contains(row.get(key))) {
          writeLine(out, row);
        }
      }
    }
  }

  /** One RFC 4180 line: a field is quoted when it holds a comma, quote or line break. */
  static void writeLine(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        out.write('"');
        out.write(f.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(f);
      }
    }
    out.write('\n');
  }
}
