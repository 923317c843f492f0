package io.safetynet.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.inspect.InspectionFlag.Type;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionReportTest {
  @Test
  void dataValuesCannotDriveTheTerminalAndANullScoreIsADash() {
    String facility = "F1\u001b[2J\u001b]0;pwned\u0007\u202e";
    String report = InspectionReport.format(List.of(
        new InspectionFlag(facility, "420922", "LEVEL2", Type.RECONCILIATION_DIFFERENCE, null, 1,
            "evidence\nforged line", List.of("C1\u001b[31m")),
        new InspectionFlag("F2", "420922", "LEVEL2", Type.RECONCILIATION_DIFFERENCE,
            new BigDecimal("9999999999999999.9900"), 2, "big", List.of("C2"))));
    assertTrue(report.contains("  1. F1\\u001B[2J\\u001B]0;pwned\\u0007\\u202E (LEVEL2, 420922) score -"
        + " (yuan of difference)\n     evidence\\u000Aforged line\n     claims: C1\\u001B[31m\n"), report);
    assertTrue(report.contains("  2. F2 (LEVEL2, 420922) score 9999999999999999.9900"), report);
    assertEquals(0, report.chars().filter(c -> c == 0x1b || c == 0x07 || c == 0x202e).count(), report);
  }
}
