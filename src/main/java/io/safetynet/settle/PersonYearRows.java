package io.safetynet.settle;

import io.safetynet.engine.Claim;
import io.safetynet.engine.Enrolment;
import io.safetynet.engine.Facility;
import io.safetynet.engine.PersonYear;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * Public entry to {@link EngineRows} for other jobs (simulate): one person-year's claim rows, as read by
 * {@link SettleInputs#claimRows()}, to the engine's {@link PersonYear}.
 */
public final class PersonYearRows {
  private PersonYearRows() {}

  /** The enrolment joined onto the person-year's rows, or null when the person is not enrolled that year. */
  public static Enrolment enrolment(String personId, int year, List<Row> group) {
    return EngineRows.enrolment(personId, year, group.get(0).getAs("enrolment"));
  }

  /** The person-year of {@code group}: rows of one person and insurance year, in any order. */
  public static PersonYear personYear(String personId, int year, List<Row> group, Map<String, Facility> facilities) {
    Row first = group.get(0);
    Enrolment enrolment = enrolment(personId, year, group);
    List<Claim> claims = new ArrayList<>(group.size());
    for (Row r : group) {
      claims.add(EngineRows.claim(r));
    }
    int refs = first.fieldIndex("referrals");
    return new PersonYear(personId, year, enrolment == null ? List.of() : List.of(enrolment), facilities,
        EngineRows.referrals(first.isNullAt(refs) ? null : first.getList(refs)), claims);
  }

  /** What a job makes of one person-year's rows. */
  @FunctionalInterface
  public interface PersonYearFunction {
    List<Row> apply(String personId, int year, List<Row> group);
  }

  /**
   * The output of {@code settle} for each person-year of {@code rows} (sorted by person_id, insurance_year, as
   * {@link SettleInputs#byPersonYear} leaves a partition), streamed: one person-year is held at a time.
   */
  public static Iterator<Row> perPersonYear(Iterator<Row> rows, PersonYearFunction settle) {
    return new Iterator<>() {
      private Row pending = rows.hasNext() ? rows.next() : null;
      private Iterator<Row> current = Collections.emptyIterator();
      // a partition's rows share one schema: look the key columns up once, not twice per row
      private final int personField = pending == null ? -1 : pending.fieldIndex("person_id");
      private final int yearField = pending == null ? -1 : pending.fieldIndex("insurance_year");

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pending != null) {
          current = nextPersonYear().iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }

      private List<Row> nextPersonYear() {
        String person = pending.getString(personField);
        int year = pending.getInt(yearField);
        List<Row> group = new ArrayList<>();
        while (pending != null && person.equals(pending.getString(personField)) && year == pending.getInt(yearField)) {
          group.add(pending);
          pending = rows.hasNext() ? rows.next() : null;
        }
        return settle.apply(person, year, group);
      }
    };
  }
}
