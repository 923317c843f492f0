package io.safetynet.indicators;

import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-checked indicator values on {@link Fixtures#small}; the arithmetic is in each test's comments. */
class IndicatorsJobTest {
  @TempDir static Path dir;
  static TestWarehouse warehouse;
  static IndicatorsResult result;
  static SparkSession spark;

  @BeforeAll
  static void run() {
    spark = TestSpark.session();
    warehouse = Fixtures.small(dir).write();
    result = new IndicatorsJob(Fixtures.spec(warehouse)).run(spark);
  }

  private static Row one(String sql) {
    List<Row> rows = spark.sql(sql.replaceAll("\\{(\\w+)}", "delta.`" + warehouse.root + "/$1`")).collectAsList();
    assertEquals(1, rows.size(), "expected one row from: " + sql);
    return rows.get(0);
  }

  private static BigDecimal dec(Row r, int i) {
    return r.getDecimal(i);
  }

  @Test
  void reportsRowCountsOfEveryTable() {
    assertEquals(
        List.of("ind_reimbursement", "ind_target_gap", "ind_out_of_catalogue", "ind_illness_poverty", "ind_service",
            "ind_fund_spending"),
        List.copyOf(result.rowCounts().keySet()));
    // reimbursement cells: C1 (03, L2), C2 (04, L3), C3 shares C1's cell, C4, C5, C6, C8 (2017) -> 6
    assertEquals(6L, result.rowCounts().get("ind_reimbursement"));
  }

  @Test
  void reimbursementSumsPerCountyExcludeReversedClaims() {
    // 420922 in 2018: T = 20000 + 100000 + 10000 = 130000; funds = 18000 + 97000 + 8820 = 123820;
    // P = 18800 + 90000 + 9000 = 117800; funds on P = (14880+2040) + (58175+19021.50+10803.50) + (7040+1060) = 113020
    // C7 (REVERSED, T 50000) must not appear.
    Row r = one("select sum(total_cost), sum(funds_paid), sum(in_policy_cost), sum(funds_on_in_policy), sum(claims),"
        + " sum(hospital_borne) from {ind_reimbursement} where insurance_year = 2018 and region_code = '420922'");
    assertEquals(new BigDecimal("130000.00"), dec(r, 0));
    assertEquals(new BigDecimal("123820.00"), dec(r, 1));
    assertEquals(new BigDecimal("117800.00"), dec(r, 2));
    assertEquals(new BigDecimal("113020.00"), dec(r, 3));
    assertEquals(3L, r.getLong(4));
    assertEquals(new BigDecimal("200.00"), dec(r, 5));
  }

  @Test
  void rollUpOfCountiesEqualsProvinceTotalsAndRatioIsRecomputedFromSums() {
    // province 42, 2018: T = 130000 + 6100 = 136100; funds = 123820 + (3075 + 800 + 15) = 127710
    Row sums = one("select sum(total_cost), sum(funds_paid) from {ind_reimbursement}"
        + " where insurance_year = 2018 and province_code = '42'");
    Row direct = one("select sum(total_cost), sum(funds_paid) from {settlement}"
        + " where status = 'ACTIVE' and insurance_year = 2018 and region_code like '42%'");
    assertEquals(new BigDecimal("136100.00"), dec(sums, 0));
    assertEquals(new BigDecimal("127710.00"), dec(sums, 1));
    assertEquals(0, dec(direct, 0).compareTo(dec(sums, 0)));
    assertEquals(0, dec(direct, 1).compareTo(dec(sums, 1)));
    // the province ratio from summed components, not an average of county ratios (0.9525 and 0.6377)
    BigDecimal ratio = dec(sums, 1).divide(dec(sums, 0), new MathContext(6));
    assertEquals(new BigDecimal("0.938354"), ratio);
  }

  @Test
  void targetGapPerPersonYear() {
    // inpatient 90% ACTUAL: P1 (18000 + 97000) / 120000 = 95.8% ok; P2 8820 / 10000 = 88.2% -> gap 9000 - 8820 = 180
    Row in = one("select persons_evaluated, persons_below, gap_yuan, base, funds from {ind_target_gap}"
        + " where target_name = 'inpatient 90%' and year = 2018");
    assertEquals(2L, in.getLong(0));
    assertEquals(1L, in.getLong(1));
    assertEquals(new BigDecimal("180.00"), dec(in, 2));
    assertEquals(new BigDecimal("130000.00"), dec(in, 3));
    // compliant 99%: P1 0.99 x 108800 - 104920 = 2792; P2 0.99 x 9000 - 8100 = 810 -> 3602
    Row c = one("select persons_evaluated, persons_below, gap_yuan from {ind_target_gap}"
        + " where target_name = 'compliant 99%'");
    assertEquals(2L, c.getLong(0));
    assertEquals(2L, c.getLong(1));
    assertEquals(new BigDecimal("3602.00"), dec(c, 2));
    // chronic 80% in 2018: P4 800 / 1000 = exactly 80%, not below; in 2017: P2 1000 / 2000 -> gap 1600 - 1000 = 600
    Row ch18 = one("select persons_evaluated, persons_below, gap_yuan from {ind_target_gap}"
        + " where target_name = 'chronic 80%' and year = 2018");
    assertEquals(1L, ch18.getLong(0));
    assertEquals(0L, ch18.getLong(1));
    assertEquals(new BigDecimal("0.00"), dec(ch18, 2));
    Row ch17 = one("select region_code, persons_below, gap_yuan from {ind_target_gap}"
        + " where target_name = 'chronic 80%' and year = 2017");
    assertEquals("420922", ch17.getString(0));
    assertEquals(new BigDecimal("600.00"), dec(ch17, 2));
    // ruling R8, ceiling 92%: P1 115000 / 120000 = 95.8% is over-protected by 115000 - 110400 = 4600; P2 (88.2%)
    // is below the 90% target, not above the ceiling; a target without a ceiling reports nobody above
    Row capped = one("select persons_evaluated, persons_below, gap_yuan, persons_above, excess_yuan, target_ceiling"
        + " from {ind_target_gap} where target_name = 'inpatient 90% capped' and year = 2018");
    assertEquals(List.of(2L, 1L, new BigDecimal("180.00"), 1L, new BigDecimal("4600.00"), new BigDecimal("0.9200")),
        List.of(capped.getLong(0), capped.getLong(1), dec(capped, 2), capped.getLong(3), dec(capped, 4), dec(capped, 5)));
    Row uncapped = one("select persons_above, excess_yuan from {ind_target_gap}"
        + " where target_name = 'inpatient 90%' and year = 2018");
    assertEquals(List.of(0L, new BigDecimal("0.00")), List.of(uncapped.getLong(0), dec(uncapped, 1)));
    // ICD prefix C16 restricts the target to P2's C3 (C16.9)
    Row icd = one("select persons_evaluated, gap_yuan from {ind_target_gap} where target_name = 'stomach cancer 90%'");
    assertEquals(1L, icd.getLong(0));
    assertEquals(new BigDecimal("180.00"), dec(icd, 1));
  }

  @Test
  void outOfCatalogueCountsOnlySpecialCategoryInpatientTowardTheLimit() {
    // F1 March: C1 (T 20000, O 1200) + C3 (T 10000, O 1000): share 2200 / 30000 = 7.33% < 8% limit, yet C3 alone
    // exceeded: max(0, 1000 - 800) = 200, hospital-borne 200
    Row mar = one("select controlled_claims, controlled_total_cost, controlled_ooc_cost, excess_over_limit,"
        + " hospital_borne, claims_with_excess, ooc_limit from {ind_out_of_catalogue}"
        + " where facility_id = 'F1' and month = '2018-03'");
    assertEquals(2L, mar.getLong(0));
    assertEquals(new BigDecimal("30000.00"), dec(mar, 1));
    assertEquals(new BigDecimal("2200.00"), dec(mar, 2));
    assertEquals(new BigDecimal("200.00"), dec(mar, 3));
    assertEquals(new BigDecimal("200.00"), dec(mar, 4));
    assertEquals(1L, mar.getLong(5));
    assertEquals(0, new BigDecimal("0.08").compareTo(dec(mar, 6)));
    // F1 May: only C4, an ordinary person: counted in total, not toward the limit
    Row may = one("select claims, out_of_catalogue_cost, controlled_claims, controlled_ooc_cost"
        + " from {ind_out_of_catalogue} where facility_id = 'F1' and month = '2018-05'");
    assertEquals(1L, may.getLong(0));
    assertEquals(new BigDecimal("500.00"), dec(may, 1));
    assertEquals(0L, may.getLong(2));
    assertEquals(new BigDecimal("0.00"), dec(may, 3));
  }

  @Test
  void illnessPovertyPerCountyAndTrend() {
    // 2018, line 2995. 420922: H1 (12000/2 = 6000 -> (12000-5000)/2 = 3500: stays above; OOP 5000 > 25% of 12000);
    // H2 (3500 -> 3500 - 980 = 2520 < 2995: impoverished; 980 > 875 = 25%) -> 2 households, 1 impoverishing,
    // 2 catastrophic at 10% and at 25%. 2017 (line 2952): H2 3500 - 1000 = 2500 < 2952 -> 1 of 2.
    Row dawu = one("select households, impoverishing_households, catastrophic_lower_households,"
        + " catastrophic_upper_households, prev_households, prev_impoverishing_households, oop_total, poverty_line"
        + " from {ind_illness_poverty} where year = 2018 and region_code = '420922'");
    assertEquals(List.of(2L, 1L, 2L, 2L, 2L, 1L),
        List.of(dawu.getLong(0), dawu.getLong(1), dawu.getLong(2), dawu.getLong(3), dawu.getLong(4),
            dawu.getLong(5)));
    assertEquals(new BigDecimal("5980.00"), dec(dawu, 6));
    assertEquals(new BigDecimal("2995.00"), dec(dawu, 7));
    // 420921: H3 1925 < 3000 (10% of 30000); H4 was below the line before OOP (2800), so not impoverished by it,
    // but 285 > 280 = 10% of its income -> catastrophic at 10% only
    Row xc = one("select households, impoverishing_households, catastrophic_lower_households,"
        + " catastrophic_upper_households, prev_households from {ind_illness_poverty}"
        + " where year = 2018 and region_code = '420921'");
    assertEquals(List.of(2L, 0L, 1L, 0L), List.of(xc.getLong(0), xc.getLong(1), xc.getLong(2), xc.getLong(3)));
    assertTrue(xc.isNullAt(4));
    // province trend from summed components: 2018 1/4 = 0.25 vs 2017 1/2 = 0.5 -> -50%, meets the 1% decline;
    // Dawu alone: 0.5 vs 0.5 -> 0%, misses it
    Row p = one("select sum(households), sum(impoverishing_households) from {ind_illness_poverty} where year = 2018");
    Row q = one("select sum(households), sum(impoverishing_households) from {ind_illness_poverty} where year = 2017");
    PovertyTrend province = new PovertyTrend(p.getLong(0), p.getLong(1), q.getLong(0), q.getLong(1));
    assertEquals(0, new BigDecimal("-0.5").compareTo(province.relativeChange().orElseThrow()));
    assertTrue(province.meetsDecline(new BigDecimal("0.01")).orElseThrow());
    assertFalse(new PovertyTrend(2, 1, 2, 1).meetsDecline(new BigDecimal("0.01")).orElseThrow());
  }

  @Test
  void targetGapVariantsShareTheJoinAndGroupingButNotTheAmounts() {
    // variant 0 = the settlement as is; variant 1 pays every claim in full (funds_paid := total_cost), so no one is
    // below the ACTUAL inpatient 90% target; the compliant target reads the other amounts, the same in both
    Row[] in = new Row[2];
    Row[] compliant = new Row[2];
    for (Row r : IndicatorFunctions.targetGap(spark, Tables.activeSettlement(spark, warehouse.root),
        Fixtures.spec(warehouse).targets(), 2, (v, name) -> v == 1 && name.equals("funds_paid") ? "total_cost" : name)
        .filter("year = 2018").collectAsList()) {
      String target = r.getAs("target_name");
      int v = r.getAs("variant");
      if (target.equals("inpatient 90%")) {
        in[v] = r;
      } else if (target.equals("compliant 99%")) {
        compliant[v] = r;
      }
    }
    // variant 0 as ind_target_gap (targetGapPerPersonYear): P2 below, gap 180; variant 1: funds = base = 130000
    assertEquals(List.of(2L, 1L, new BigDecimal("180.00")),
        List.of(in[0].getAs("persons_evaluated"), in[0].getAs("persons_below"), in[0].getAs("gap_yuan")));
    assertEquals(List.of(2L, 0L, new BigDecimal("0.00"), new BigDecimal("130000.00")), List.of(
        in[1].getAs("persons_evaluated"), in[1].getAs("persons_below"), in[1].getAs("gap_yuan"), in[1].getAs("funds")));
    assertEquals(new BigDecimal("3602.00"), compliant[0].getAs("gap_yuan"));
    assertEquals(new BigDecimal("3602.00"), compliant[1].getAs("gap_yuan"));
  }

  @Test
  void illnessPovertyVariantsJoinTheHouseholdsOnce() {
    // variant 0 = the households' OOP as settled; variant 1 = no OOP at all, so no one impoverished in any year
    Dataset<Row> oop = Tables.activeSettlement(spark, warehouse.root)
        .filter("household_id is not null")
        .groupBy(expr("household_id").as("o_household"), expr("insurance_year").as("o_year"))
        .agg(expr("sum(patient_oop)").as("oop_0"), expr("cast(0 as decimal(18,2))").as("oop_1"));
    Map<Integer, Row> dawu = new HashMap<>();
    for (Row r : IndicatorFunctions.illnessPoverty(spark, oop, 2, Tables.read(spark, warehouse.root,
        "households"), Fixtures.spec(warehouse).poverty()).filter("year = 2018 and region_code = '420922'")
        .collectAsList()) {
      dawu.put(r.getAs("variant"), r);
    }
    // variant 0 as ind_illness_poverty (illnessPovertyPerCountyAndTrend): 2 households, 1 impoverishing, OOP 5980,
    // the year before 1 of 2; variant 1: 2 households, none with OOP, none impoverishing, now or the year before
    assertEquals(List.of(2L, 1L, new BigDecimal("5980.00"), 1L), List.of(dawu.get(0).getAs("households"),
        dawu.get(0).getAs("impoverishing_households"), dawu.get(0).getAs("oop_total"),
        dawu.get(0).getAs("prev_impoverishing_households")));
    assertEquals(List.of(2L, 0L, 0L, new BigDecimal("0.00"), 0L), List.of(dawu.get(1).getAs("households"),
        dawu.get(1).getAs("households_with_oop"), dawu.get(1).getAs("impoverishing_households"),
        dawu.get(1).getAs("oop_total"), dawu.get(1).getAs("prev_impoverishing_households")));
  }

  @Test
  void serviceMeasures() {
    // referral: C2 compliant, C4 not -> 1/2; in-county 四位一体: C1, C3, C5 of C1..C5 -> 3/5;
    // one-stop: C1 and C5 settled on the discharge day, C3 three days later, C2/C4 unreported -> 2/5;
    // family doctor 2018 among special categories P1 yes, P2 no, P4 yes, P7 ('DIBAO|POOR') no -> 2/4;
    // frequent admissions: none of P1 (2), P2 (1), P3 (1) -> 0/3 persons, 0/4 admissions
    assertEquals(List.of(1L, 2L), measure("REFERRAL_COMPLIANCE"));
    assertEquals(List.of(3L, 5L), measure("IN_COUNTY_TREATMENT"));
    assertEquals(List.of(2L, 5L), measure("ONE_STOP_SETTLEMENT"));
    assertEquals(List.of(2L, 4L), measure("FAMILY_DOCTOR_SIGNING"));
    assertEquals(List.of(0L, 3L), measure("FREQUENT_ADMISSION_PERSONS"));
    assertEquals(List.of(0L, 4L), measure("FREQUENT_ADMISSION_ADMISSIONS"));
  }

  private static List<Long> measure(String name) {
    Row r = one("select sum(numerator), sum(denominator) from {ind_service} where year = 2018 and measure = '"
        + name + "'");
    return List.of(r.getLong(0), r.getLong(1));
  }

  @Test
  void fundSpendingPerFund() {
    // basic: 14880 + 58175 + 7040 + 3075 + 500 + 15 = 83685 on 6 claims; critical 19021.50 on C2;
    // supplementary 3120 + 19803.50 + 1780 + 300 = 25003.50 on 4 claims; assistance nothing.
    // Persons are distinct per county and month: basic 420922-03 {P1 (C1), P2 (C3)} + 420922-04 {P1 (C2)}
    // + 420921-05 {P3 (C4), P4 (C5, C6)} = 5 for 6 claims; supplementary 03 {P1, P2} + 04 {P1} + 05 {P4} = 4
    assertEquals(List.of(new BigDecimal("83685.00"), 6L, 5L), fund("BASIC"));
    assertEquals(List.of(new BigDecimal("19021.50"), 1L, 1L), fund("CRITICAL"));
    assertEquals(List.of(new BigDecimal("25003.50"), 4L, 4L), fund("SUPPLEMENTARY"));
    assertEquals(List.of(new BigDecimal("0.00"), 0L, 0L), fund("ASSISTANCE"));
  }

  private static List<Object> fund(String name) {
    Row r = one("select sum(paid), sum(claims), sum(persons) from {ind_fund_spending} where insurance_year = 2018"
        + " and fund = '" + name + "'");
    return List.of(r.getDecimal(0), r.getLong(1), r.getLong(2));
  }

  @Test
  void rerunIsIdempotentAndOneCommitPerTable() {
    String before = spark.read().format("delta").load(Tables.path(warehouse.root, "ind_target_gap"))
        .orderBy("target_name", "year", "region_code").collectAsList().toString();
    IndicatorsResult again = new IndicatorsJob(Fixtures.spec(warehouse)).run(spark);
    String after = spark.read().format("delta").load(Tables.path(warehouse.root, "ind_target_gap"))
        .orderBy("target_name", "year", "region_code").collectAsList().toString();
    assertEquals(before, after);
    assertEquals(result, again);
    // each run is exactly one Delta commit per table: two runs -> versions 0 and 1
    long versions = spark.sql("describe history delta.`" + warehouse.root + "/ind_reimbursement`").count();
    assertEquals(2L, versions);
  }
}
