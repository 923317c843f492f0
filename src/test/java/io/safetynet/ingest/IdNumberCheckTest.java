package io.safetynet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdNumberCheckTest {
  @Test
  void standardExampleHasCheckX() {
    // the example of GB 11643-1999: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum 167, 167 mod 11 = 2 -> X
    assertEquals('X', IdNumberCheck.checkChar("11010519491231002"));
    assertTrue(IdNumberCheck.isValid("11010519491231002X"));
    assertTrue(IdNumberCheck.isValid("11010519491231002x"));
  }

  @Test
  void digitCheck() {
    // 4*7+4*9+0*10+3*5+0*8+4*4+1*2+9*1+8*6+0*3+0*7+1*9+0*10+1*5+0*8+2*4+3*2 = 182, 182 mod 11 = 6 -> '6'
    assertEquals('6', IdNumberCheck.checkChar("44030419800101023"));
    assertTrue(IdNumberCheck.isValid("440304198001010236"));
    assertFalse(IdNumberCheck.isValid("440304198001010237"));
  }

  @Test
  void wrongShapesAreInvalid() {
    assertFalse(IdNumberCheck.isValid("11010519491231002"));
    assertFalse(IdNumberCheck.isValid("11010519491231002XX"));
    assertFalse(IdNumberCheck.isValid("1101051949123100AX"));
    assertFalse(IdNumberCheck.isValid(null));
  }
}
