package io.safetynet.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deciding what text may be personal, and masking it for messages and the quarantine. A masked value keeps its
 * first character and its length ({@code 1*****(18 chars)}): enough to recognise a shifted column or an ID
 * number in the wrong place, not enough to identify anyone.
 */
final class PersonalText {
  /** Digits in a row from this many on may be a phone or ID number (mobile numbers have 11, landlines 7-8). */
  private static final int DIGIT_RUN = 7;
  private static final int MAX_STARS = 16;
  /**
   * Normalised column names (see {@link #normalise}) that mean an ID number, a name or a phone number, mapped to
   * the contract column whose pseudonym rules apply (an ID number's check letter is upper-cased first).
   */
  private static final Map<String, String> PERSONAL_NAMES = personalNames();

  private PersonalText() {}

  /** Lower case, trimmed, without spaces, underscores and hyphens: {@code " Phone_No "} becomes {@code phoneno}. */
  static String normalise(String columnName) {
    return columnName.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }

  /** The contract column (id_number, name or phone) a column of this name holds, or null when none. */
  static String personalKind(String columnName) {
    return PERSONAL_NAMES.get(normalise(columnName));
  }

  /**
   * Whether a value may identify a person: anything outside printable ASCII (a Chinese name), or a long run of
   * digits (a phone or ID number). Codes, amounts, dates and enum words pass.
   */
  static boolean mayBePersonal(String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return true;
      }
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= DIGIT_RUN) {
        return true;
      }
    }
    return false;
  }

  /** First character, stars, and the length in characters. */
  static String mask(String value) {
    int length = value.codePointCount(0, value.length());
    if (length == 0) {
      return value;
    }
    String first = new String(Character.toChars(value.codePointAt(0)));
    return first + "*".repeat(Math.max(1, Math.min(MAX_STARS, length - 1))) + "(" + length + " chars)";
  }

  /** The value as is when it cannot be personal, else masked. */
  static String shown(String value) {
    return mayBePersonal(value) ? mask(value) : value;
  }

  /** A file's column names for a message: their count and each name, masked when it may be personal data. */
  static String columns(List<String> names) {
    return names.size() + " columns: " + names.stream().map(PersonalText::shown).toList();
  }

  private static Map<String, String> personalNames() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String n : Set.of("idnumber", "idno", "idnum", "idcard", "idcardno", "idcardnumber", "nationalid",
        "identitycard", "identitynumber", "citizenid", "身份证号", "身份证号码", "证件号码", "证件号", "身份证")) {
      m.put(n, "id_number");
    }
    for (String n : Set.of("name", "fullname", "personname", "patientname", "insuredname", "realname", "姓名",
        "名字", "患者姓名", "参保人姓名")) {
      m.put(n, "name");
    }
    for (String n : Set.of("phone", "phoneno", "phonenumber", "mobile", "mobileno", "mobilenumber", "mobilephone",
        "cellphone", "cell", "tel", "telno", "telephone", "telephonenumber", "contactphone", "contactnumber", "电话",
        "手机", "联系电话", "手机号", "手机号码", "电话号码")) {
      m.put(n, "phone");
    }
    return Map.copyOf(m);
  }
}
