package io.safetynet.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdNumbersTest {
  @Test
  void checkDigitOfTheStandardsExampleIsX() {
    // GB 11643-1999 appendix example 11010519491231002X: weighted sum 167, 167 mod 11 = 2 -> 'X'.
    assertEquals('X', IdNumbers.checkDigit("11010519491231002"));
    assertEquals('4', IdNumbers.checkDigit("44052418800101001"));
  }

  @Test
  void validatesCheckDigitLengthAndCharacters() {
    assertTrue(IdNumbers.isValid("11010519491231002X"));
    assertTrue(IdNumbers.isValid("11010519491231002x"));
    assertTrue(IdNumbers.isValid("440524188001010014"));
    assertFalse(IdNumbers.isValid("440524188001010015"), "wrong check digit");
    assertFalse(IdNumbers.isValid("44052418800101001"), "17 characters");
    assertFalse(IdNumbers.isValid("44052418800101A014"), "letter in the body");
    assertFalse(IdNumbers.isValid(null));
  }

  @Test
  void composeBuildsAValidNumberFromItsParts() {
    String id = IdNumbers.compose("420922", 1962, 5, 14, 2);
    assertEquals("420922196205140027", id);
    assertTrue(IdNumbers.isValid(id));
  }

  @Test
  void rejectsABodyThatIsNotSeventeenDigits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdNumbers.checkDigit("1234"));
    assertTrue(e.getMessage().contains("17 digits"), e.getMessage());
  }
}
