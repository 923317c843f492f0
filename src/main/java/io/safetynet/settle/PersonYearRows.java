package io.safetynet.settle;

import io.safetynet.engine.Claim;
import io.safetynet.engine.Enrolment;
import io.safetynet.engine.Facility;
import io.safetynet.engine.PersonYear;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * Reads the person stream of {@link SettleInputs#personStream} (one partition: rows sorted by person, insurance
 * year, kind) as person-years, and turns one into the engine's {@link PersonYear}. Shared by settle and simulate.
 */
public final class PersonYearRows {
  private PersonYearRows() {}

  /**
   * The person-year of {@code in}; its claims in the order of {@link PersonYearInput#claims()}, its enrolment (if
   * any) the only one in {@link PersonYear#enrolments()}.
   */
  public static PersonYear personYear(PersonYearInput in, Map<String, Facility> facilities) {
    Enrolment enrolment = EngineRows.enrolment(in.personId(), in.year(), in.enrolment());
    List<Claim> claims = new ArrayList<>(in.claims().size());
    for (Row r : in.claims()) {
      claims.add(EngineRows.claim(r));
    }
    return new PersonYear(in.personId(), in.year(), enrolment == null ? List.of() : List.of(enrolment), facilities,
        EngineRows.referrals(in.referrals()), claims);
  }

  /** What a job makes of one person-year. */
  @FunctionalInterface
  public interface PersonYearFunction {
    List<Row> apply(PersonYearInput personYear);
  }

  /**
   * The output of {@code settle} for each person-year with claims in {@code rows} (one partition of the person
   * stream), streamed: one person's referrals and one person-year's rows are held at a time.
   */
  public static Iterator<Row> perPersonYear(Iterator<Row> rows, PersonYearFunction settle) {
    Iterator<PersonYearInput> personYears = new Reader(rows);
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && personYears.hasNext()) {
          current = settle.apply(personYears.next()).iterator();
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
    };
  }

  /**
   * Person-years off a sorted partition. Within a person the referral rows come first (they carry no year), then
   * per year its stored fingerprint, enrolment and claims; a person-year without claims (enrolled, no claim) is
   * skipped.
   */
  static final class Reader implements Iterator<PersonYearInput> {
    private static final Comparator<Row> BY_REFERRAL_ID = Comparator.comparing(r -> r.getString(0));
    private final Iterator<Row> rows;
    private Row pending;
    private PersonYearInput next;
    // a partition's rows share one schema: the columns are looked up once, not per row
    private int person;
    private int year;
    private int kind;
    private int claim;
    private int rowHash;
    private int enrolment;
    private int enrolmentHash;
    private int referral;
    private int referralHash;
    private int stored;
    private String referralsOf;
    private List<Row> referrals = List.of();
    private long referralsHash;

    Reader(Iterator<Row> rows) {
      this.rows = rows;
      pending = rows.hasNext() ? rows.next() : null;
      if (pending != null) {
        person = pending.fieldIndex("person_id");
        year = pending.fieldIndex("insurance_year");
        kind = pending.fieldIndex("kind");
        claim = pending.fieldIndex("claim");
        rowHash = pending.fieldIndex("row_hash");
        enrolment = pending.fieldIndex("enrolment");
        enrolmentHash = pending.fieldIndex("enr_hash");
        referral = pending.fieldIndex("referral");
        referralHash = pending.fieldIndex("ref_hash");
        stored = pending.fieldIndex("stored_hash");
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null && pending != null) {
        next = read();
      }
      return next != null;
    }

    @Override
    public PersonYearInput next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      PersonYearInput out = next;
      next = null;
      return out;
    }

    private void advance() {
      pending = rows.hasNext() ? rows.next() : null;
    }

    /** The next person-year starting at {@code pending}, or null when it had no claims. */
    private PersonYearInput read() {
      String p = pending.getString(person);
      if (!p.equals(referralsOf)) {
        readReferrals(p);
        if (pending == null || !p.equals(pending.getString(person))) {
          return null;
        }
      }
      int y = pending.getInt(year);
      Row enrolled = null;
      long enrolledHash = 0;
      Long storedHash = null;
      List<Row> claims = new ArrayList<>();
      LongList hashes = new LongList();
      while (pending != null && p.equals(pending.getString(person)) && pending.getInt(year) == y) {
        switch (pending.getInt(kind)) {
          case SettleInputs.STORED -> {
            long h = pending.getLong(stored);
            storedHash = storedHash == null ? h : Math.max(storedHash, h);
          }
          case SettleInputs.ENROLMENT -> {
            enrolled = pending.getStruct(enrolment);
            enrolledHash = pending.getLong(enrolmentHash);
          }
          default -> {
            claims.add(pending.getStruct(claim));
            hashes.add(pending.getLong(rowHash));
          }
        }
        advance();
      }
      return claims.isEmpty() ? null : new PersonYearInput(p, y, claims, enrolled, referrals, hashes.toArray(),
          enrolledHash, referralsHash, storedHash);
    }

    /** The person's referral rows (they sort first, having no year), and their hash as settle has always made it. */
    private void readReferrals(String p) {
      referralsOf = p;
      List<Row> found = new ArrayList<>();
      LongList hashes = new LongList();
      while (pending != null && pending.getInt(kind) == SettleInputs.REFERRAL && p.equals(pending.getString(person))) {
        found.add(pending.getStruct(referral));
        hashes.add(pending.getLong(referralHash));
        advance();
      }
      found.sort(BY_REFERRAL_ID);
      referrals = found;
      referralsHash = ReferralHash.of(hashes.toArray());
    }
  }

  /** A growable long array: a person-year's row hashes without boxing. */
  private static final class LongList {
    private long[] values = new long[8];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
