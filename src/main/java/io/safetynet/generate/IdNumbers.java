package io.safetynet.generate;

/**
 * Resident identity numbers (公民身份号码) per GB 11643-1999: 6-digit region code, 8-digit birth date, 3-digit
 * sequence (odd for men, even for women) and a check digit computed ISO 7064 MOD 11-2 over the first 17 digits.
 */
public final class IdNumbers {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdNumbers() {}

  /**
   * The check digit for the first 17 digits of an ID number.
   *
   * @throws IllegalArgumentException if {@code first17} is not exactly 17 ASCII digits
   */
  public static char checkDigit(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException(
          "an ID number body must be 17 digits, got " + (first17 == null ? "null" : first17.length() + " characters"));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("an ID number body must be digits only; character " + (i + 1) + " is not");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** True when {@code id} is 17 digits followed by the correct check digit ({@code X} upper or lower case). */
  public static boolean isValid(String id) {
    if (id == null || id.length() != 18) {
      return false;
    }
    String body = id.substring(0, 17);
    for (int i = 0; i < 17; i++) {
      char c = body.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return Character.toUpperCase(id.charAt(17)) == checkDigit(body);
  }

  /** Builds a valid ID number from its parts; {@code sequence} is 0..999. */
  static String compose(String regionCode, int year, int month, int day, int sequence) {
    StringBuilder b = new StringBuilder(18).append(regionCode);
    b.append(year);
    pad2(b, month);
    pad2(b, day);
    if (sequence < 100) {
      b.append('0');
    }
    if (sequence < 10) {
      b.append('0');
    }
    b.append(sequence);
    return b.append(checkDigit(b.toString())).toString();
  }

  private static void pad2(StringBuilder b, int v) {
    if (v < 10) {
      b.append('0');
    }
    b.append(v);
  }
}
