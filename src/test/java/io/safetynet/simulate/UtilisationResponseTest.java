package io.safetynet.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UtilisationResponseTest {
  private final UtilisationResponse rand = new UtilisationResponse(-0.2);

  @Test
  void halvingTheOutOfPocketPriceRaisesAdmissionsByTwoToThePointTwo() {
    // (1000 / 2000)^-0.2 = 2^0.2 = 1.148698...
    assertEquals(new BigDecimal("1.148698"),
        rand.weight(VisitType.INPATIENT, new BigDecimal("2000"), new BigDecimal("1000")));
    // an amount scales and rounds half-up once: 10000 x 1.148698 = 11486.98
    assertEquals(new BigDecimal("11486.98"), UtilisationResponse.scale(new BigDecimal("10000.00"),
        new BigDecimal("1.148698")));
  }

  @Test
  void outsideItsScopeTheWeightIsOne() {
    assertEquals(BigDecimal.ONE, rand.weight(VisitType.OUTPATIENT_CHRONIC, new BigDecimal("2000"), BigDecimal.ONE));
    assertEquals(BigDecimal.ONE, rand.weight(VisitType.DAY_CASE, BigDecimal.ZERO, new BigDecimal("50")));
    assertEquals(new BigDecimal("1.00"), UtilisationResponse.scale(new BigDecimal("1.00"), BigDecimal.ONE));
  }

  @Test
  void aVanishingOutOfPocketIsClampedNotInfinite() {
    // ratio 0 -> clamped to 0.25: 0.25^-0.2 = 4^0.2 = 1.319508
    assertEquals(new BigDecimal("1.319508"), rand.weight(VisitType.INPATIENT, new BigDecimal("3000"), BigDecimal.ZERO));
  }

  @Test
  void aPositiveElasticityIsRefusedWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UtilisationResponse(0.3));
    assertTrue(e.getMessage().contains("RAND HIE estimate is about -0.2"), e.getMessage());
  }
}
