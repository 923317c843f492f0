package io.safetynet.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code sample-data/}: reproducible generated part, the worked example, coverage, bad rows. */
class SampleDataTest {
  private static final Path SAMPLE = Path.of("sample-data");
  /** How sample-data/README.md says the generated part was made. */
  private static final Spec SAMPLE_SPEC = Spec.of(300, 2, 7, SAMPLE).withJsonLines(Set.of(Dataset.REFERRALS));

  @Test
  void generatedPartIsReproducibleFromTheDocumentedSpec(@TempDir Path dir) throws IOException {
    DataGenerator.Result result = new DataGenerator(
        new Spec(300, 2, 2018, 7, dir, SAMPLE_SPEC.regions(), SAMPLE_SPEC.jsonLines())).generate();
    for (Path generated : result.files().values()) {
      byte[] expected = Files.readAllBytes(generated);
      byte[] committed = Files.readAllBytes(SAMPLE.resolve(generated.getFileName()));
      assertTrue(committed.length >= expected.length, generated.getFileName().toString());
      assertArrayEquals(expected, Arrays.copyOf(committed, expected.length),
          generated.getFileName() + " must start with the generator's output");
    }
  }

  @Test
  void containsTheWorkedExampleExactly() throws IOException {
    List<String> claims = lines("claims.csv");
    assertTrue(claims.contains("X1,P-X-0001,F420922-L2-01,INPATIENT,2018-03-01,2018-03-10,K80.1,20000.00,18800.00,"
        + "1200.00,false,,,ACTIVE,14880.00,0.00,0.00,3120.00,2018-03-10T16:20:00+08:00"));
    assertTrue(claims.contains("X2,P-X-0001,F420902-L3-01,INPATIENT,2018-06-04,2018-06-20,K57.3,100000.00,"
        + "90000.00,10000.00,false,R-X2,,ACTIVE,58175.00,19021.50,0.00,19803.50,2018-06-20T15:05:00+08:00"));
    assertEquals(2, claims.stream().filter(l -> l.contains(",P-X-0001,")).count(), "nothing else for P-X-0001");
    assertTrue(lines("referrals.jsonl").contains("{\"referral_id\":\"R-X2\",\"person_id\":\"P-X-0001\","
        + "\"from_facility_id\":\"F420922-L2-01\",\"to_facility_id\":\"F420902-L3-01\","
        + "\"issued_on\":\"2018-06-01\",\"emergency\":false,\"filed_on\":\"2018-06-01\"}"));
    assertTrue(lines("enrolment.csv").contains("P-X-0001,2018,420922,H-X-0001,420922196205140027,张桂兰,13972600001,"
        + "F,1962-05-14,POOR,2017-03-01,,false,0.00,220.00,true,true"));
    Map<String, String> facilities = new HashMap<>();
    CsvRows.read(SAMPLE.resolve("facilities.csv")).forEach(f -> facilities.put(f.get("facility_id"),
        f.get("region_code") + "/" + f.get("tier") + "/" + f.get("designated")));
    assertEquals("420922/LEVEL2/true", facilities.get("F420922-L2-01"));
    assertEquals("420902/LEVEL3/true", facilities.get("F420902-L3-01"));
  }

  @Test
  void exercisesEveryCategoryVisitTypeAndTier() throws IOException {
    Set<String> categories = new HashSet<>();
    for (Map<String, String> e : CsvRows.read(SAMPLE.resolve("enrolment.csv"))) {
      categories.addAll(Arrays.asList(e.get("category").split("\\|")));
    }
    assertEquals(Set.of("POOR", "DIBAO", "TEKUN", "ORDINARY"), categories);
    Map<String, String> tierOf = new HashMap<>();
    CsvRows.read(SAMPLE.resolve("facilities.csv")).forEach(f -> tierOf.put(f.get("facility_id"), f.get("tier")));
    Set<String> visitTypes = new HashSet<>();
    Set<String> tiers = new HashSet<>();
    for (Map<String, String> c : CsvRows.read(SAMPLE.resolve("claims.csv"))) {
      visitTypes.add(c.get("visit_type"));
      if (tierOf.containsKey(c.get("facility_id"))) {
        tiers.add(tierOf.get(c.get("facility_id")));
      }
    }
    assertTrue(visitTypes.containsAll(Set.of("OUTPATIENT_GENERAL", "OUTPATIENT_CHRONIC", "OUTPATIENT_SEVERE",
        "INPATIENT", "DAY_CASE")), visitTypes.toString());
    assertEquals(Set.of("VILLAGE", "LEVEL1", "LEVEL2", "LEVEL3", "OUT_OF_AREA"), tiers);
  }

  @Test
  void badRowsListedInTheReadmeAreInTheFiles() throws IOException {
    Set<String> claimIds = CsvRows.read(SAMPLE.resolve("claims.csv")).stream().map(c -> c.get("claim_id"))
        .collect(Collectors.toSet());
    assertTrue(claimIds.containsAll(Set.of("B01", "B02", "B03", "B05", "B06", "B07", "B08", "B09")));
    List<Map<String, String>> enrolment = CsvRows.read(SAMPLE.resolve("enrolment.csv"));
    Map<String, String> badId = enrolment.stream().filter(e -> e.get("person_id").equals("P-B-0004"))
        .findFirst().orElseThrow();
    assertTrue(!IdNumbers.isValid(badId.get("id_number")), "P-B-0004 carries a wrong check digit");
    long invalidIds = enrolment.stream().filter(e -> !IdNumbers.isValid(e.get("id_number"))).count();
    assertEquals(1, invalidIds, "only P-B-0004 has an invalid ID number");
    String readme = Files.readString(SAMPLE.resolve("README.md"), StandardCharsets.UTF_8);
    for (String key : List.of("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10", "B11")) {
      assertTrue(readme.contains("`" + key + "`"), "README lists bad row " + key);
    }
  }

  @Test
  void rowCountsMatchTheReadme() throws IOException {
    String readme = Files.readString(SAMPLE.resolve("README.md"), StandardCharsets.UTF_8);
    for (String file : List.of("enrolment.csv", "facilities.csv", "claims.csv", "referrals.jsonl", "households.csv")) {
      String row = readme.lines().filter(l -> l.startsWith("| `" + file + "`")).findFirst().orElseThrow();
      String documented = row.substring(row.lastIndexOf("| ", row.indexOf(" = ")) + 2, row.indexOf(" = "));
      long header = file.endsWith(".csv") ? 1 : 0;
      assertEquals(Long.parseLong(documented.replace(",", "")), lines(file).size() - header, file);
    }
  }

  @Test
  void staysSmall() throws IOException {
    long bytes = 0;
    try (var files = Files.list(SAMPLE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        bytes += Files.size(f);
      }
    }
    assertTrue(bytes < 1_000_000, "sample-data is " + bytes + " bytes");
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(SAMPLE.resolve(file), StandardCharsets.UTF_8);
  }
}
