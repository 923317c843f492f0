package io.safetynet.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.policy.VisitType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorTest {
  /** One 2,000-person, 2-year run shared by the validity tests. */
  @TempDir static Path shared;

  private static DataGenerator.Result run;
  private static List<Map<String, String>> claims;
  private static List<Map<String, String>> enrolment;

  @BeforeAll
  static void generateOnce() throws IOException {
    run = new DataGenerator(Spec.of(2_000, 2, 20_180_101L, shared)).generate();
    claims = CsvRows.read(shared.resolve("claims.csv"));
    enrolment = CsvRows.read(shared.resolve("enrolment.csv"));
  }

  @Test
  void sameSeedGivesIdenticalBytes(@TempDir Path a, @TempDir Path b) throws Exception {
    Spec spec = Spec.of(300, 2, 42, a).withJsonLines(Set.of(Dataset.REFERRALS));
    new DataGenerator(spec).generate();
    new DataGenerator(new Spec(300, 2, 2018, 42, b, spec.regions(), spec.jsonLines())).generate();
    Map<String, String> first = hashes(a);
    assertEquals(5, first.size());
    assertTrue(first.containsKey("referrals.jsonl"));
    assertEquals(first, hashes(b));
  }

  @Test
  void differentSeedGivesDifferentData(@TempDir Path a, @TempDir Path b) throws Exception {
    new DataGenerator(Spec.of(300, 1, 42, a)).generate();
    new DataGenerator(Spec.of(300, 1, 43, b)).generate();
    Map<String, String> ha = hashes(a);
    Map<String, String> hb = hashes(b);
    assertNotEquals(ha.get("claims.csv"), hb.get("claims.csv"));
    assertNotEquals(ha.get("enrolment.csv"), hb.get("enrolment.csv"));
    assertEquals(ha.get("facilities.csv"), hb.get("facilities.csv"), "facilities depend on the regions only");
  }

  @Test
  void headersFollowTheContractColumnOrder() throws IOException {
    assertEquals(
        "claim_id,person_id,facility_id,visit_type,admission_date,discharge_date,diagnosis_code,total_cost,"
            + "in_policy_cost,out_of_catalogue_cost,emergency,referral_id,exclusion_reason,status,"
            + "reported_basic_paid,reported_critical_paid,reported_assistance_paid,reported_supplementary_paid,"
            + "settled_at",
        Files.readAllLines(shared.resolve("claims.csv")).get(0));
    assertEquals(
        "household_id,year,region_code,size,annual_income,registered_poor,poverty_cause",
        Files.readAllLines(shared.resolve("households.csv")).get(0));
  }

  @Test
  void resultCountsMatchTheRowsWritten() throws IOException {
    assertEquals(2_000, run.persons());
    for (Dataset d : Dataset.values()) {
      long lines = Files.readAllLines(run.files().get(d)).size() - 1;
      assertEquals(lines, run.rows(d), d.baseName());
    }
    // With 97% enrolment a year about 0.09% of persons (2 of 2,000) miss both years; 3% miss one.
    long persons = enrolment.stream().map(r -> r.get("person_id")).distinct().count();
    assertTrue(persons >= 1_985 && persons <= 2_000, "persons enrolled at least once: " + persons);
    assertTrue(enrolment.size() >= 3_800 && enrolment.size() < 4_000, "person-years: " + enrolment.size());
  }

  @Test
  void everyClaimIsContractValid() throws IOException {
    Set<String> facilities = new HashSet<>();
    CsvRows.read(shared.resolve("facilities.csv")).forEach(f -> facilities.add(f.get("facility_id")));
    Set<String> referrals = new HashSet<>();
    CsvRows.read(shared.resolve("referrals.csv")).forEach(r -> referrals.add(r.get("referral_id")));
    Set<String> enrolled = new HashSet<>();
    enrolment.forEach(r -> enrolled.add(r.get("person_id") + "/" + r.get("insurance_year")));
    Set<String> ids = new HashSet<>();
    for (Map<String, String> c : claims) {
      String id = c.get("claim_id");
      assertTrue(ids.add(id), "duplicate claim_id " + id);
      BigDecimal t = new BigDecimal(c.get("total_cost"));
      BigDecimal p = new BigDecimal(c.get("in_policy_cost"));
      BigDecimal o = new BigDecimal(c.get("out_of_catalogue_cost"));
      assertEquals(0, t.compareTo(p.add(o)), id + ": T = P + O");
      assertTrue(p.signum() >= 0 && o.signum() >= 0 && t.signum() > 0, id + ": non-negative costs");
      assertTrue(t.scale() == 2 && p.scale() == 2 && o.scale() == 2, id + ": two decimals");
      LocalDate admission = LocalDate.parse(c.get("admission_date"));
      LocalDate discharge = LocalDate.parse(c.get("discharge_date"));
      VisitType type = VisitType.valueOf(c.get("visit_type"));
      assertFalse(discharge.isBefore(admission), id + ": discharge >= admission");
      if (type != VisitType.INPATIENT) {
        assertEquals(admission, discharge, id + ": outpatient and day case discharge = admission");
      }
      assertTrue(facilities.contains(c.get("facility_id")), id + ": known facility");
      assertTrue(enrolled.contains(c.get("person_id") + "/" + discharge.getYear()), id + ": enrolled that year");
      String referral = c.get("referral_id");
      assertTrue(referral.isEmpty() || referrals.contains(referral), id + ": referral exists");
      assertTrue(Set.of("ACTIVE", "REVERSED").contains(c.get("status")), id);
      OffsetDateTime settled = OffsetDateTime.parse(c.get("settled_at"));
      assertFalse(settled.toLocalDate().isBefore(discharge), id + ": settled on or after discharge");
    }
    assertTrue(claims.size() > 10_000, "claims: " + claims.size());
  }

  @Test
  void everyIdNumberPassesTheCheckAndMatchesBirthDateAndRegion() {
    for (Map<String, String> e : enrolment) {
      String id = e.get("id_number");
      assertTrue(IdNumbers.isValid(id), e.get("person_id") + ": " + id);
      assertEquals(e.get("birth_date").replace("-", ""), id.substring(6, 14));
      assertEquals(e.get("region_code"), id.substring(0, 6));
      assertEquals(e.get("gender").equals("M"), (id.charAt(16) - '0') % 2 == 1, "sequence parity is the sex");
      String phone = e.get("phone");
      assertTrue(phone.isEmpty() || phone.matches("1[0-9]{10}"), phone);
    }
  }

  @Test
  void admissionRateAndClaimVolumeAreInTheDocumentedBand() {
    long inpatient = claims.stream()
        .filter(c -> c.get("status").equals("ACTIVE") && c.get("visit_type").equals("INPATIENT")).count();
    double rate = (double) inpatient / enrolment.size();
    // README: admissions per person-year 18-20% (yearbook 2018: 18.2%); 15-23% allows sampling noise at 2,000.
    assertTrue(rate >= 0.15 && rate <= 0.23, "admission rate " + rate);
    double perPersonYear = (double) claims.size() / enrolment.size();
    assertTrue(perPersonYear >= 2.5 && perPersonYear <= 5.5, "claims per person-year " + perPersonYear);
    Map<String, Integer> perPerson = new HashMap<>();
    claims.forEach(c -> perPerson.merge(c.get("person_id"), 1, Integer::sum));
    int max = perPerson.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    assertTrue(max < 150, "no person has an implausible number of claims: " + max);
  }

  @Test
  void sharesOfReversalsReferralsAndCategoriesArePlausible() throws IOException {
    long reversed = claims.stream().filter(c -> c.get("status").equals("REVERSED")).count();
    double reversalRate = (double) reversed / claims.size();
    assertTrue(reversalRate > 0.004 && reversalRate < 0.02, "reversal rate " + reversalRate);
    for (Map<String, String> c : claims) {
      if (c.get("status").equals("REVERSED")) {
        String replacement = c.get("claim_id") + "-C1";
        assertTrue(claims.stream().anyMatch(x -> x.get("claim_id").equals(replacement)), replacement);
      }
    }
    Map<String, Long> categories = new TreeMap<>();
    enrolment.forEach(e -> categories.merge(e.get("category"), 1L, Long::sum));
    double poor = (categories.getOrDefault("POOR", 0L) + categories.getOrDefault("POOR|DIBAO", 0L))
        / (double) enrolment.size();
    assertTrue(poor > 0.08 && poor < 0.22, "poor share " + poor + " " + categories);
    assertTrue(categories.containsKey("DIBAO") && categories.containsKey("TEKUN"), categories.toString());
    assertTrue(enrolment.stream().anyMatch(e -> !e.get("poverty_exited_on").isEmpty()), "some exit poverty");
    assertTrue(enrolment.stream().anyMatch(e -> e.get("poverty_identified_on").startsWith(e.get("insurance_year"))),
        "some are identified during the year");
    List<Map<String, String>> referrals = CsvRows.read(shared.resolve("referrals.csv"));
    assertTrue(referrals.stream().anyMatch(r -> r.get("emergency").equals("true")));
    assertTrue(referrals.stream().anyMatch(r -> r.get("emergency").equals("false")));
  }

  @Test
  void householdsHaveOneRowPerYearAndTheirMembersCount() throws IOException {
    List<Map<String, String>> households = CsvRows.read(shared.resolve("households.csv"));
    Map<String, Set<String>> members = new HashMap<>();
    enrolment.forEach(
        e -> members.computeIfAbsent(e.get("household_id"), k -> new HashSet<>()).add(e.get("person_id")));
    Set<String> keys = new HashSet<>();
    for (Map<String, String> h : households) {
      assertTrue(keys.add(h.get("household_id") + "/" + h.get("year")), "one row per household and year");
      int size = Integer.parseInt(h.get("size"));
      assertTrue(size >= 1 && size <= 6);
      assertTrue(members.getOrDefault(h.get("household_id"), Set.of()).size() <= size);
      assertTrue(new BigDecimal(h.get("annual_income")).signum() > 0);
      assertEquals(h.get("registered_poor").equals("true"), !h.get("poverty_cause").isEmpty());
    }
    assertEquals(run.households() * 2, households.size());
  }

  @Test
  void reportsProgressThroughTheCallback(@TempDir Path dir) {
    List<String> messages = new ArrayList<>();
    new DataGenerator(Spec.of(7, 1, 1, dir)).generate(messages::add);
    assertEquals(List.of("generated 7 of 7 persons, " + messagesClaims(dir) + " claims"), messages);
  }

  private static long messagesClaims(Path dir) {
    try {
      return Files.readAllLines(dir.resolve("claims.csv")).size() - 1;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rejectsAnInvalidSpecWithAClearMessage(@TempDir Path dir) {
    IllegalArgumentException persons = assertThrows(IllegalArgumentException.class, () -> Spec.of(0, 1, 1, dir));
    assertEquals("persons must be at least 1, got 0", persons.getMessage());
    IllegalArgumentException region =
        assertThrows(IllegalArgumentException.class, () -> DataGenerator.regions("XIAOGAN,ATLANTIS"));
    assertTrue(region.getMessage().startsWith("unknown region 'ATLANTIS'"), region.getMessage());
    assertEquals(List.of(Region.XIAOGAN, Region.GANSU), DataGenerator.regions("xiaogan, gansu"));
    IllegalArgumentException year =
        assertThrows(IllegalArgumentException.class, () -> Spec.of(10, 1, 1, dir).withFirstYear(2014));
    assertTrue(year.getMessage().startsWith("firstYear must be between 2015 and 2100"), year.getMessage());
  }

  @Test
  void onlyTheRequestedRegionsAndYearsAppear(@TempDir Path dir) throws IOException {
    new DataGenerator(Spec.of(200, 1, 5, dir).withRegions(List.of(Region.GANSU)).withFirstYear(2020)).generate();
    for (Map<String, String> e : CsvRows.read(dir.resolve("enrolment.csv"))) {
      assertTrue(e.get("region_code").startsWith("62"), e.toString());
      assertEquals("2020", e.get("insurance_year"));
      assertEquals("280.00", new BigDecimal(e.get("premium_personal")).add(new BigDecimal(e.get("premium_subsidy")))
          .toPlainString(), "2020 personal contribution");
    }
    for (Map<String, String> c : CsvRows.read(dir.resolve("claims.csv"))) {
      assertTrue(c.get("discharge_date").startsWith("2020-"), c.toString());
    }
    assertNull(CsvRows.read(dir.resolve("facilities.csv")).stream()
        .filter(f -> f.get("region_code").startsWith("4209")).findFirst().orElse(null));
  }

  static Map<String, String> hashes(Path dir) throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        out.put(f.getFileName().toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }
}
