package io.safetynet.indicators;

import static io.safetynet.indicators.SettlementRow.claim;

import io.safetynet.policy.Target.Measure;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The small fixed dataset the indicator tests check by hand (Xiaogan parameters, POLICY.md §3).
 *
 * <pre>
 * claim person hh county  facility      visit     T       P      O      basic    critical  supp(in+ooc)  hosp  patient
 * C1    P1 POOR H1 420922 F1 L2 420922  INPATIENT 20000   18800  1200   14880    0         2040+1080     0     2000
 * C2    P1 POOR H1 420922 F2 L3 420902  INPATIENT 100000  90000  10000  58175    19021.50  10803.50+9000 0     3000
 * C3    P2 POOR H2 420922 F1 L2 420922  INPATIENT 10000   9000   1000   7040     0         1060+720      200   980
 * C4    P3 ORD  H3 420921 F1 L2 420922  INPATIENT 5000    4500   500    3075     0         0             0     1925
 * C5    P4 POOR H4 420921 F3 L1 420921  CHRONIC   1000    1000   0      500      0         300           0     200
 * C6    P4 POOR H4 420921 F3 L1 420921  GENERAL   100     100    0      15       0         0             0     85
 * C7    P2 REVERSED 2018 (50000, nothing paid): ignored everywhere
 * C8    P2 POOR H2 420922 F1 L2, 2017  CHRONIC   2000    2000   0      1000     0         0             0     1000
 * </pre>
 * C1/C2 are POLICY.md's worked examples X1/X2. C3: O limit 8% x 10000 = 800, so 200 is hospital-borne, the allowed
 * 800 splits 80 patient : 720 supplementary; basic (9000-200) x 80% = 7040; top-up to 90% x 9000 = 8100 -> 1060.
 */
public final class Fixtures {
  public static final Map<String, Map<String, BigDecimal>> LIMITS =
      Map.of(
          "xiaogan",
          Map.of("LEVEL1", new BigDecimal("0.03"), "LEVEL2", new BigDecimal("0.08"),
              "LEVEL3", new BigDecimal("0.10"), "OUT_OF_AREA", new BigDecimal("0.10")));
  public static final PovertyConfig POVERTY =
      new PovertyConfig(
          Map.of(2017, new BigDecimal("2952"), 2018, new BigDecimal("2995")),
          new BigDecimal("0.10"), new BigDecimal("0.25"), new BigDecimal("0.01"));
  public static final List<IndicatorTarget> TARGETS =
      List.of(
          target("inpatient 90%", Measure.ACTUAL, List.of("INPATIENT", "DAY_CASE"), null, "0.90"),
          target("chronic 80%", Measure.ACTUAL, List.of("OUTPATIENT_CHRONIC", "OUTPATIENT_SEVERE"), null, "0.80"),
          target("compliant 99%", Measure.COMPLIANT, List.of("INPATIENT"), null, "0.99"),
          target("stomach cancer 90%", Measure.ACTUAL, List.of("INPATIENT"), List.of("C16"), "0.90"),
          new IndicatorTarget("xiaogan", "inpatient 90% capped", Measure.ACTUAL, List.of("POOR"),
              List.of("INPATIENT", "DAY_CASE"), null, new BigDecimal("0.90"), new BigDecimal("0.92")));

  private Fixtures() {}

  public static IndicatorTarget target(String name, Measure m, List<String> visits, List<String> icd, String ratio) {
    return new IndicatorTarget("xiaogan", name, m, List.of("POOR"), visits, icd, new BigDecimal(ratio));
  }

  public static IndicatorsSpec spec(TestWarehouse w) {
    return new IndicatorsSpec(w.root, TARGETS, LIMITS, POVERTY);
  }

  public static TestWarehouse small(Path dir) {
    return new TestWarehouse(dir)
        .add(
            claim("C1", "P1", "H1").dates("2018-03-05", "2018-03-10").cost("20000", "18800", "1200")
                .paid("14880", "0", "0", "2040", "1080", "0").reported("14880", "2018-03-10 15:00:00")
                .trace("BASIC_INPATIENT", "001 part 1 §3", "14880", "(18800 - 200) x 80%"),
            claim("C2", "P1", "H1").at("F2", "420902", "LEVEL3").dates("2018-04-01", "2018-04-20")
                .cost("100000", "90000", "10000").paid("58175", "19021.50", "0", "10803.50", "9000", "0")
                .referral(true),
            claim("C3", "P2", "H2").dates("2018-03-20", "2018-03-24").cost("10000", "9000", "1000")
                .paid("7040", "0", "0", "1060", "720", "200").diagnosis("C16.9").flag("OUT_OF_CATALOGUE_EXCESS")
                .reported("7040", "2018-03-27 09:00:00"),
            claim("C4", "P3", "H3").person("420921", "ORDINARY").dates("2018-05-02", "2018-05-06")
                .cost("5000", "4500", "500").paid("3075", "0", "0", "0", "0", "0").referral(false),
            claim("C5", "P4", "H4").person("420921", "POOR").at("F3", "420921", "LEVEL1")
                .visit("OUTPATIENT_CHRONIC").dates("2018-05-10", "2018-05-10").cost("1000", "1000", "0")
                .paid("500", "0", "0", "300", "0", "0").reported("500", "2018-05-10 11:00:00"),
            claim("C6", "P4", "H4").person("420921", "POOR").at("F3", "420921", "LEVEL1")
                .visit("OUTPATIENT_GENERAL").dates("2018-05-10", "2018-05-10").cost("100", "100", "0")
                .paid("15", "0", "0", "0", "0", "0"),
            claim("C7", "P2", "H2").reversed().dates("2018-06-01", "2018-06-05").cost("50000", "50000", "0"),
            claim("C8", "P2", "H2").visit("OUTPATIENT_CHRONIC").dates("2017-08-01", "2017-08-01")
                .cost("2000", "2000", "0").paid("1000", "0", "0", "0", "0", "0"))
        .enrol("P1", 2018, "420922", "H1", "POOR", true)
        .enrol("P2", 2018, "420922", "H2", "POOR", false)
        .enrol("P3", 2018, "420921", "H3", "ORDINARY", true)
        .enrol("P4", 2018, "420921", "H4", "POOR", true)
        .enrol("P7", 2018, "420921", "H4", "DIBAO|POOR", false)
        .enrol("P2", 2017, "420922", "H2", "POOR", true)
        .household("H1", 2018, "420922", 2, "12000")
        .household("H2", 2018, "420922", 1, "3500")
        .household("H3", 2018, "420921", 3, "30000")
        .household("H4", 2018, "420921", 1, "2800")
        .household("H1", 2017, "420922", 2, "12000")
        .household("H2", 2017, "420922", 1, "3500")
        .facility("F1", "420922", "LEVEL2")
        .facility("F2", "420902", "LEVEL3")
        .facility("F3", "420921", "LEVEL1");
  }
}
