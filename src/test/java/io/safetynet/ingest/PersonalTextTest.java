package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which column names and values count as personal, how they are masked, and the other pure checks of #24. */
class PersonalTextTest {
  @Test
  void columnNamesMeaningPersonalDataInAnySpelling() {
    for (String n : List.of("Phone", "PHONE", "mobile", " Mobile-Phone ", "tel", "telephone", "联系电话", "手机",
        "手机号", "电话")) {
      assertEquals("phone", PersonalText.personalKind(n), n);
    }
    for (String n : List.of("身份证号", "证件号码", "身份证", "id_number", "IDNumber", "id-card", "ID Card")) {
      assertEquals("id_number", PersonalText.personalKind(n), n);
    }
    for (String n : List.of("姓名", "Name", "name ", "full_name")) {
      assertEquals("name", PersonalText.personalKind(n), n);
    }
    for (String n : List.of("note", "doctor", "region", "names_count")) {
      assertNull(PersonalText.personalKind(n), n);
    }
  }

  @Test
  void masksKeepFirstCharacterAndLength() {
    assertEquals("1" + "*".repeat(16) + "(18 chars)", PersonalText.mask("110101199003070012"));
    assertEquals("哨***(4 chars)", PersonalText.mask("哨兵丁卯"));
    assertEquals("M*(2 chars)", PersonalText.mask("Mx"));
    assertTrue(PersonalText.mayBePersonal("13900000009"));
    assertTrue(PersonalText.mayBePersonal("张三"));
    assertFalse(PersonalText.mayBePersonal("TELEMEDICINE"));
    assertFalse(PersonalText.mayBePersonal("2020-03-01"));
  }

  @Test
  void invalidValuesAreShownOnlyInKnownSafeColumnsWhenTheyDoNotLookPersonal() {
    ColumnSpec gender = ColumnSpec.optional("gender", ColumnType.STRING).oneOf(Set.of("M", "F"));
    ColumnSpec cost = ColumnSpec.required("total_cost", ColumnType.DECIMAL);
    ColumnSpec diagnosis = ColumnSpec.optional("diagnosis_code", ColumnType.STRING);
    assertEquals("X", RowValidator.invalidValue(gender, "X"));
    assertEquals("张*(2 chars)", RowValidator.invalidValue(gender, "张三"));
    assertEquals("100000000.01", RowValidator.invalidValue(cost, "100000000.01"));
    assertEquals("1" + "*".repeat(10) + "(11 chars)", RowValidator.invalidValue(cost, "13900000009"));
    assertEquals("C*(2 chars)", RowValidator.invalidValue(diagnosis, "C1"), "free text is never shown");
  }

  @Test
  void plausibleRangeBoundsAreInclusive() {
    PlausibleRange r = new PlausibleRange(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 12, 31),
        new BigDecimal("100000000.00"));
    assertTrue(r.contains(LocalDate.of(1900, 1, 1)));
    assertFalse(r.contains(LocalDate.of(1899, 12, 31)));
    assertTrue(r.contains(java.time.Instant.parse("2030-12-31T23:59:59Z")));
    assertFalse(r.contains(java.time.Instant.parse("2031-01-01T00:00:00Z")));
    assertFalse(r.contains(java.time.OffsetDateTime.parse("+300000-01-01T00:00:00Z").toInstant()));
    assertTrue(r.contains(new BigDecimal("-100000000.00")));
    assertFalse(r.contains(new BigDecimal("100000000.01")));
  }

  @Test
  void encodingGuessFromTheFirstBytes() {
    byte[] utf16 = "claim_id,person_id".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("UTF-16 without a byte-order mark", TextEncoding.guess(utf16, utf16.length));
    byte[] bom = "claim_id".getBytes(StandardCharsets.UTF_16);
    assertEquals("UTF-16", TextEncoding.guess(bom, bom.length));
    byte[] utf8 = "claim_id,姓名".getBytes(StandardCharsets.UTF_8);
    assertNull(TextEncoding.guess(utf8, utf8.length));
  }
}
