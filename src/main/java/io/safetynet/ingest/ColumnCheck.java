package io.safetynet.ingest;

import io.safetynet.text.EditDistance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a file's column names against the data contract before anything is written: a column whose name is a
 * near miss of a contract column the file lacks ({@code povertycause}, {@code Poverty-Cause}, {@code povety_cause})
 * stops the run, since loading it would silently store the contract column as empty and the data as an extra; a
 * missing required column stops it too. Optional contract columns the file lacks are returned, so an update does
 * not overwrite their stored values with nulls.
 */
final class ColumnCheck {
  private ColumnCheck() {}

  /** @return the contract columns (contract names) the file does not have */
  static List<String> check(DatasetSchema ds, SourceFile file, List<String> columns) {
    Set<String> present = new HashSet<>(columns);
    for (String c : columns) {
      if (ds.column(c).isPresent()) {
        continue;
      }
      String n = PersonalText.normalise(c);
      for (ColumnSpec spec : ds.columns()) {
        if (!present.contains(spec.name()) && close(n, PersonalText.normalise(spec.name()))) {
          throw new IngestException(ds.name() + ": file " + file.name() + " has the column '"
              + PersonalText.shown(c) + "': did you mean " + spec.name() + "? Rename it to exactly " + spec.name()
              + " and run ingest again; nothing was loaded.");
        }
      }
    }
    List<String> absent = new ArrayList<>();
    for (ColumnSpec spec : ds.columns()) {
      if (present.contains(spec.name())) {
        continue;
      }
      if (spec.required()) {
        throw new IngestException(ds.name() + ": file " + file.name() + " has no column '" + spec.name()
            + "', which the data contract requires. Add the column (named exactly so, snake_case) and run ingest "
            + "again; nothing was loaded. The file has " + PersonalText.columns(columns)
            + (looksHeaderless(ds, columns) ? " (no header row? the first row looks like data)" : ""));
      }
      absent.add(spec.name());
    }
    return absent;
  }

  /** Equal after normalising, or a typo away: one edit for names of 6+ characters, two for 10+. */
  static boolean close(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int max = b.length() >= 10 ? 2 : b.length() >= 6 ? 1 : 0;
    return max > 0 && Math.abs(a.length() - b.length()) <= max && EditDistance.between(a, b) <= max;
  }


  /** No contract column at all among the names: the first row is probably data. */
  private static boolean looksHeaderless(DatasetSchema ds, List<String> columns) {
    return columns.stream().noneMatch(c -> ds.column(c).isPresent());
  }
}
