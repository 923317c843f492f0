package io.safetynet.ingest;

/**
 * The check digit of an 18-character resident ID number (公民身份号码), GB 11643-1999: ISO 7064 MOD 11-2 over the
 * first 17 digits with weights 2^(17-i) mod 11; the 18th character is "10X98765432"[sum mod 11].
 */
public final class IdNumberCheck {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  private IdNumberCheck() {}

  /** The check character for the first 17 digits of {@code id}. */
  public static char checkChar(String first17) {
    if (first17.length() < 17) {
      throw new IllegalArgumentException("need 17 digits, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("position " + (i + 1) + " is not a digit");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /** Whether {@code id} is 17 digits followed by the right check character (digit or upper/lower-case X). */
  public static boolean isValid(String id) {
    if (id == null || id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
        return false;
      }
    }
    return Character.toUpperCase(id.charAt(17)) == checkChar(id);
  }
}
