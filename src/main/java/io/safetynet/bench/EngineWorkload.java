package io.safetynet.bench;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.engine.Claim;
import io.safetynet.engine.Enrolment;
import io.safetynet.engine.Facility;
import io.safetynet.engine.PersonYear;
import io.safetynet.engine.Referral;
import io.safetynet.generate.DataGenerator;
import io.safetynet.generate.Region;
import io.safetynet.generate.Spec;
import io.safetynet.ingest.CsvRecordReader;
import io.safetynet.policy.Category;
import io.safetynet.policy.Policy;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Realistic person-years held in memory for timing the engine alone: Xiaogan persons made by the data generator,
 * read back from its CSV files into engine records, each paired with the policy that settles it. No Spark.
 */
public final class EngineWorkload {
  /** One person-year and the policy in force for it (null when the person is not enrolled that year). */
  public record Item(Policy policy, PersonYear personYear) {}

  private final List<Item> items;
  private final long claims;

  private EngineWorkload(List<Item> items) {
    this.items = List.copyOf(items);
    this.claims = items.stream().mapToLong(i -> i.personYear().claims().size()).sum();
  }

  public List<Item> items() {
    return items;
  }

  public long claims() {
    return claims;
  }

  /**
   * Generates {@code persons} Xiaogan persons over {@code years} years (first year 2018, fixed seed) into
   * {@code scratch} and reads them back.
   */
  public static EngineWorkload generate(long persons, int years, Path scratch, PolicyRegistry policies) {
    return generate(persons, years, scratch, policies, List.of(Region.XIAOGAN));
  }

  /** The same for persons spread over {@code regions}. */
  public static EngineWorkload generate(
      long persons, int years, Path scratch, PolicyRegistry policies, List<Region> regions) {
    Spec spec = Spec.of(persons, years, 20180101L, scratch).withRegions(regions);
    new DataGenerator(spec).generate();
    return read(scratch, policies);
  }

  /** Reads a generated (or contract) CSV input directory into person-years. */
  public static EngineWorkload read(Path dir, PolicyRegistry policies) {
    Map<String, Facility> facilities = new HashMap<>();
    each(dir.resolve("facilities.csv"), r -> facilities.put(r.get("facility_id"), new Facility(r.get("facility_id"),
        r.get("region_code"), Tier.valueOf(r.get("tier")), r.bool("designated"), r.bool("major_disease_designated"))));
    Map<String, Enrolment> enrolments = new HashMap<>();
    each(dir.resolve("enrolment.csv"), r -> {
      Enrolment e = new Enrolment(r.get("person_id"), Integer.parseInt(r.get("insurance_year")), r.get("region_code"),
          r.get("household_id"), r.date("birth_date"), categories(r.get("category")),
          r.date("poverty_identified_on"), r.date("poverty_exited_on"), r.bool("severe_disability"),
          r.bool("supplementary_insured"));
      enrolments.put(e.personId() + "/" + e.insuranceYear(), e);
    });
    Map<String, List<Referral>> referrals = new HashMap<>();
    Path refFile = dir.resolve("referrals.csv");
    if (Files.exists(refFile)) {
      each(refFile, r -> referrals.computeIfAbsent(r.get("person_id"), k -> new ArrayList<>()).add(new Referral(
          r.get("referral_id"), r.get("person_id"), r.get("from_facility_id"), r.get("to_facility_id"),
          r.date("issued_on"), r.bool("emergency"), r.date("filed_on"))));
    }
    Map<String, List<Claim>> byPersonYear = new LinkedHashMap<>();
    each(dir.resolve("claims.csv"), r -> {
      Claim c = new Claim(r.get("claim_id"), r.get("person_id"), r.get("facility_id"),
          VisitType.valueOf(r.get("visit_type")), r.date("admission_date"), r.date("discharge_date"),
          r.get("diagnosis_code"), r.money("total_cost"), r.money("in_policy_cost"), r.money("out_of_catalogue_cost"),
          r.bool("emergency"), r.get("referral_id"), r.get("exclusion_reason"), "REVERSED".equals(r.get("status")));
      byPersonYear.computeIfAbsent(c.personId() + "/" + c.insuranceYear(), k -> new ArrayList<>()).add(c);
    });
    List<Item> items = new ArrayList<>(byPersonYear.size());
    for (List<Claim> claims : byPersonYear.values()) {
      Claim first = claims.get(0);
      Enrolment e = enrolments.get(first.personId() + "/" + first.insuranceYear());
      Policy policy = e == null ? null : policies.find(e.regionCode(), first.insuranceYear()).orElse(null);
      items.add(new Item(policy, new PersonYear(first.personId(), first.insuranceYear(),
          e == null ? List.of() : List.of(e), facilities, referrals.getOrDefault(first.personId(), List.of()),
          claims)));
    }
    return new EngineWorkload(items);
  }

  private static EnumSet<Category> categories(String joined) {
    EnumSet<Category> set = EnumSet.noneOf(Category.class);
    for (String c : joined.split("\\|")) {
      if (!c.isBlank()) {
        set.add(Category.valueOf(c.trim()));
      }
    }
    return set;
  }

  /** One CSV record with its header, fields by column name; an empty field reads as null. */
  private record CsvRow(Map<String, Integer> header, List<String> fields) {
    String get(String column) {
      Integer i = header.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no column '" + column + "' in " + header.keySet());
      }
      String v = fields.get(i);
      return v.isEmpty() ? null : v;
    }

    boolean bool(String column) {
      return "true".equalsIgnoreCase(get(column));
    }

    LocalDate date(String column) {
      String v = get(column);
      return v == null ? null : LocalDate.parse(v);
    }

    BigDecimal money(String column) {
      String v = get(column);
      return v == null ? null : new BigDecimal(v).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
  }

  private static void each(Path file, Consumer<CsvRow> action) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvRecordReader records = new CsvRecordReader(in);
      Map<String, Integer> header = new HashMap<>();
      List<String> names = records.next().fields();
      for (int i = 0; i < names.size(); i++) {
        header.put(names.get(i), i);
      }
      while (records.hasNext()) {
        action.accept(new CsvRow(header, records.next().fields()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
