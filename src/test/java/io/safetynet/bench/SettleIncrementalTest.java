package io.safetynet.bench;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.generate.DataGenerator;
import io.safetynet.generate.Region;
import io.safetynet.generate.Spec;
import io.safetynet.ingest.CsvRecordReader;
import io.safetynet.ingest.IngestJob;
import io.safetynet.ingest.IngestSpec;
import io.safetynet.ingest.PiiKey;
import io.safetynet.settle.SettleJob;
import io.safetynet.settle.SettleResult;
import io.safetynet.settle.SettleSpec;
import io.safetynet.spark.TestSpark;
import io.safetynet.spark.Warehouse;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full load and settle, then a day's batch of corrected and new claims, a claim moved to the next insurance year
 * and a corrected referral: settle reads only the person-years the change feed names, and the MERGEs that name only
 * the partitions they touch must still leave one settlement row per claim and what a full settle computes.
 */
class SettleIncrementalTest {
  @TempDir Path tmp;

  @Test
  void dayBatchResettlesOnlyTouchedPersonYearsAndKeepsOneRowPerClaim() throws IOException {
    SparkSession spark = TestSpark.session();
    Path full = tmp.resolve("full");
    new DataGenerator(Spec.of(150, 2, 7, full).withRegions(List.of(Region.XIAOGAN))).generate();
    String root = tmp.resolve("warehouse").toString();
    PiiKey key = PiiKey.of("settle-incremental-test-key-0123456789");
    Path policies = Path.of("conf/policies");
    new IngestJob(spark).run(new IngestSpec(full.toString(), root, key, "full", null));
    SettleResult first = new SettleJob(spark, line -> { }).run(new SettleSpec(root, policies));

    IncrementalDay.Result day = IncrementalDay.write(full, tmp.resolve("day"), 0.05);
    new IngestJob(spark).run(new IngestSpec(day.directory().toString(), root, key, "day", null));
    List<String> progress = new ArrayList<>();
    SettleResult second = new SettleJob(spark, progress::add).run(new SettleSpec(root, policies));
    // the change feed named the person-years of the day's claims (its enrolment rows arrive unchanged, so ingest
    // writes none of them): only those were read and fingerprinted, not the other years of their persons
    assertTrue(progress.stream().anyMatch(l -> l.matches("settle: [0-9,]+ person-years have changed .*")),
        progress.toString());
    Dataset<Row> dayClaims = spark.read().option("header", "true")
        .csv(day.directory().resolve("claims.csv").toString()).select("claim_id");
    Dataset<Row> storedClaims = new Warehouse(spark, root).read("claims");
    Dataset<Row> dayRows = storedClaims.join(dayClaims, "claim_id");
    long dayPersonYears = dayRows.select("person_id", "insurance_year").distinct().count();
    long dayPersonsAllYears = storedClaims.join(dayRows.select("person_id").distinct(), "person_id")
        .select("person_id", "insurance_year").distinct().count();
    assertTrue(dayPersonYears < dayPersonsAllYears, dayPersonYears + " of " + dayPersonsAllYears);
    assertEquals(dayPersonYears, second.personYears());
    assertTrue(second.personYears() < first.personYears(), second.personYears() + " of " + first.personYears());

    Warehouse w = new Warehouse(spark, root);
    long claims = w.read("claims").count();
    assertEquals(first.claims() + day.added(), claims);
    assertEquals(claims, w.read("settlement").count());
    assertEquals(claims, w.read("settlement").select("claim_id").distinct().count());
    assertTrue(second.personYearsResettled() > 0 && second.personYearsResettled() < first.personYears() / 4,
        second.personYearsResettled() + " of " + first.personYears());
    // the day's MERGE marks the replaced rows with deletion vectors instead of rewriting every data file it touches
    java.util.Map<String, String> merge = io.delta.tables.DeltaTable.forPath(spark, w.path("settlement")).history(1)
        .select("operationMetrics").first().getJavaMap(0);
    assertTrue(Long.parseLong(merge.getOrDefault("numTargetDeletionVectorsAdded", "0")) > 0, merge.toString());
    assertEquals("0", merge.get("numTargetRowsCopied"), merge.toString());
    assertEquals("0", merge.get("numTargetFilesRemoved"), merge.toString());

    // a person-year's only claim moves to the next year: its old partition is named by no row of the batch
    String moved = writeMovedClaimBatch(full, tmp.resolve("day2"));
    new IngestJob(spark).run(new IngestSpec(tmp.resolve("day2").toString(), root, key, "day2", null));
    new SettleJob(spark, line -> { }).run(new SettleSpec(root, policies));

    assertEquals(claims, w.read("claims").count());
    assertEquals(claims, w.read("settlement").count());
    Row stored = w.read("claims").where(col("claim_id").equalTo(moved)).select("insurance_year").first();
    Row settled = w.read("settlement").where(col("claim_id").equalTo(moved)).select("insurance_year").first();
    assertEquals(2020, stored.getInt(0));
    assertEquals(2020, settled.getInt(0));

    // a corrected referral has no year: every person-year of its person is read and fingerprinted
    String referralPerson = writeReferralBatch(full, tmp.resolve("day3"));
    new IngestJob(spark).run(new IngestSpec(tmp.resolve("day3").toString(), root, key, "day3", null));
    List<String> progress3 = new ArrayList<>();
    SettleResult third = new SettleJob(spark, progress3::add).run(new SettleSpec(root, policies));
    assertTrue(progress3.stream().anyMatch(l -> l.matches("settle: 1 person-years have changed .*every year.*")),
        progress3.toString());
    long personsYears = w.read("claims").where(col("person_id").equalTo(referralPerson)).select("insurance_year")
        .union(w.read("enrolment").where(col("person_id").equalTo(referralPerson)).select("insurance_year"))
        .distinct().count();
    assertEquals(2, personsYears, "the generated data has two insurance years");
    assertEquals(personsYears, third.personYears());

    // four settles that read only changed person-years leave what one full settle of the same inputs computes
    Path again = tmp.resolve("again");
    for (String t : List.of("claims", "enrolment", "facilities", "referrals")) {
      copyTree(Path.of(w.path(t)), again.resolve(t));
    }
    new SettleJob(spark, line -> { }).run(new SettleSpec(again.toString(), policies));
    Dataset<Row> incremental = w.read("settlement");
    Dataset<Row> recomputed = new Warehouse(spark, again.toString()).read("settlement");
    assertEquals(claims, recomputed.count());
    assertEquals(0, incremental.exceptAll(recomputed).count());
    assertEquals(0, recomputed.exceptAll(incremental).count());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(from.relativize(f).toString()));
      }
    }
  }

  /**
   * Writes a batch with one claim: the first active 2019 claim that is its person-year's only claim, dated a year
   * later; plus the facilities and its person's enrolment rows. Returns its id.
   */
  private static String writeMovedClaimBatch(Path full, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.copy(full.resolve("facilities.csv"), dir.resolve("facilities.csv"));
    List<List<String>> rows = read(full.resolve("claims.csv"));
    List<String> header = rows.get(0);
    int person = header.indexOf("person_id");
    int discharge = header.indexOf("discharge_date");
    java.util.Map<String, Integer> perPersonYear = new java.util.HashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      perPersonYear.merge(r.get(person) + r.get(discharge).substring(0, 4), 1, Integer::sum);
    }
    List<String> pick = rows.subList(1, rows.size()).stream()
        .filter(r -> r.get(discharge).startsWith("2019") && perPersonYear.get(r.get(person) + "2019") == 1
            && r.get(header.indexOf("status")).equals("ACTIVE"))
        .findFirst().orElseThrow(() -> new AssertionError("no single-claim 2019 person-year in the data"));
    for (String c : new String[] {"admission_date", "discharge_date"}) {
      int i = header.indexOf(c);
      pick.set(i, LocalDate.parse(pick.get(i)).plusYears(1).toString());
    }
    pick.set(header.indexOf("settled_at"), "");
    write(dir.resolve("claims.csv"), List.of(header, pick));
    List<List<String>> enrolment = read(full.resolve("enrolment.csv"));
    List<List<String>> keep = new ArrayList<>(List.of(enrolment.get(0)));
    int enrolled = enrolment.get(0).indexOf("person_id");
    enrolment.stream().skip(1).filter(r -> r.get(enrolled).equals(pick.get(person))).forEach(keep::add);
    write(dir.resolve("enrolment.csv"), keep);
    return pick.get(header.indexOf("claim_id"));
  }

  /**
   * Writes a batch with one referral, the first of the generated ones, filed 40 days later (and header-only claims
   * and enrolment, and the facilities). Returns its person.
   */
  private static String writeReferralBatch(Path full, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.copy(full.resolve("facilities.csv"), dir.resolve("facilities.csv"));
    for (String t : List.of("claims", "enrolment")) {
      write(dir.resolve(t + ".csv"), List.of(read(full.resolve(t + ".csv")).get(0)));
    }
    List<List<String>> rows = read(full.resolve("referrals.csv"));
    List<String> header = rows.get(0);
    List<String> pick = rows.get(1);
    int filed = header.indexOf("filed_on");
    int issued = header.indexOf("issued_on");
    String base = pick.get(filed).isEmpty() ? pick.get(issued) : pick.get(filed);
    pick.set(filed, LocalDate.parse(base).plusDays(40).toString());
    write(dir.resolve("referrals.csv"), List.of(header, pick));
    return pick.get(header.indexOf("person_id"));
  }

  private static List<List<String>> read(Path csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      new CsvRecordReader(in).forEachRemaining(r -> rows.add(new ArrayList<>(r.fields())));
    }
    return rows;
  }

  private static void write(Path csv, List<List<String>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      for (List<String> row : rows) {
        IncrementalDay.writeLine(out, row);
      }
    }
  }
}
