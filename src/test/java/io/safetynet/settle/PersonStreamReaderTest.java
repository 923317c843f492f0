package io.safetynet.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link PersonYearRows.Reader} reads a sorted partition of the person stream back as person-years. */
class PersonStreamReaderTest {
  private static final StructType CLAIM = new StructType().add("claim_id", DataTypes.StringType);
  private static final StructType ENROLMENT = new StructType().add("region_code", DataTypes.StringType);
  private static final StructType REFERRAL = new StructType().add("referral_id", DataTypes.StringType);
  private static final StructType STREAM = new StructType()
      .add("person_id", DataTypes.StringType)
      .add("insurance_year", DataTypes.IntegerType)
      .add("kind", DataTypes.IntegerType)
      .add("claim", CLAIM)
      .add("row_hash", DataTypes.LongType)
      .add("enrolment", ENROLMENT)
      .add("enr_hash", DataTypes.LongType)
      .add("referral", REFERRAL)
      .add("ref_hash", DataTypes.LongType)
      .add("stored_hash", DataTypes.LongType);

  private static Row row(String person, Integer year, int kind, String value, long hash) {
    Object[] v = new Object[STREAM.size()];
    v[0] = person;
    v[1] = year;
    v[2] = kind;
    switch (kind) {
      case SettleInputs.CLAIM -> {
        v[3] = new GenericRowWithSchema(new Object[] {value}, CLAIM);
        v[4] = hash;
      }
      case SettleInputs.ENROLMENT -> {
        v[5] = new GenericRowWithSchema(new Object[] {value}, ENROLMENT);
        v[6] = hash;
      }
      case SettleInputs.REFERRAL -> {
        v[7] = new GenericRowWithSchema(new Object[] {value}, REFERRAL);
        v[8] = hash;
      }
      default -> v[9] = hash;
    }
    return new GenericRowWithSchema(v, STREAM);
  }

  private static List<PersonYearInput> read(Row... rows) {
    List<PersonYearInput> out = new ArrayList<>();
    Iterator<PersonYearInput> it = new PersonYearRows.Reader(List.of(rows).iterator());
    it.forEachRemaining(out::add);
    return out;
  }

  private static List<String> ids(List<Row> rows) {
    return rows.stream().map(r -> r.getString(0)).toList();
  }

  @Test
  void readsPersonYearsWithTheirReferralsEnrolmentAndStoredHash() {
    List<PersonYearInput> got = read(
        row("A", null, SettleInputs.REFERRAL, "R2", 20),
        row("A", null, SettleInputs.REFERRAL, "R1", 10),
        row("A", 2018, SettleInputs.STORED, null, 5),
        row("A", 2018, SettleInputs.STORED, null, 7), // two stored values: the larger one, as max() did
        row("A", 2018, SettleInputs.ENROLMENT, "420900", 99),
        row("A", 2018, SettleInputs.CLAIM, "C1", 1),
        row("A", 2018, SettleInputs.CLAIM, "C2", 2),
        row("A", 2019, SettleInputs.ENROLMENT, "420900", 98), // enrolled, no claim: no person-year
        row("A", 2020, SettleInputs.CLAIM, "C3", 3), // a claim without enrolment
        row("B", null, SettleInputs.REFERRAL, "R9", 90), // referrals of a person without claims
        row("C", 2019, SettleInputs.CLAIM, "C4", 4));

    assertEquals(3, got.size());
    PersonYearInput a2018 = got.get(0);
    assertEquals("A", a2018.personId());
    assertEquals(2018, a2018.year());
    assertEquals(List.of("C1", "C2"), ids(a2018.claims()));
    assertEquals("420900", a2018.enrolment().getString(0));
    assertEquals(99L, a2018.enrolmentHash());
    assertEquals(List.of("R1", "R2"), ids(a2018.referrals())); // sorted by referral id
    assertEquals(ReferralHash.of(new long[] {10, 20}), a2018.referralHash());
    assertEquals(7L, a2018.storedHash());
    assertEquals(List.of(1L, 2L), List.of(a2018.rowHashes()[0], a2018.rowHashes()[1]));

    PersonYearInput a2020 = got.get(1);
    assertEquals(2020, a2020.year());
    assertEquals(List.of("C3"), ids(a2020.claims()));
    assertNull(a2020.enrolment());
    assertEquals(0L, a2020.enrolmentHash());
    assertEquals(List.of("R1", "R2"), ids(a2020.referrals())); // the person's referrals serve every year
    assertNull(a2020.storedHash());

    PersonYearInput c = got.get(2);
    assertEquals("C", c.personId());
    assertEquals(List.of(), c.referrals()); // B's referrals do not carry over
    assertEquals(0L, c.referralHash());
  }

  @Test
  void anEmptyPartitionHasNoPersonYears() {
    assertFalse(new PersonYearRows.Reader(List.<Row>of().iterator()).hasNext());
  }
}
