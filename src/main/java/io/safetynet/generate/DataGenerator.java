package io.safetynet.generate;

import io.safetynet.engine.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes a synthetic, contract-valid input data set (enrolment, facilities, claims, referrals, households) for the
 * regions of the shipped policy configs. Deterministic: the same {@link Spec} gives the same bytes, because every
 * household, person and person-year draws from its own {@link SplittableRandom} seeded from (seed, index) and rows
 * are written in index order. Streaming: memory holds one household at a time, whatever the number of persons.
 *
 * <p>Run from the command line as {@code jobs/safetynet generate --persons N --years Y --seed S --output DIR}.
 * The distributions and their sources are listed in {@code sample-data/README.md}.
 */
public final class DataGenerator {
  /** Progress is reported every this many persons. */
  public static final long PROGRESS_EVERY = 100_000;
  /** Share of person-years enrolled (参保率 above 95% nationally): ASSUMPTION 97%. */
  private static final double ENROLMENT_RATE = 0.97;

  /** Rows written per dataset, and the files written. */
  public record Result(Map<Dataset, Long> rows, Map<Dataset, Path> files, long persons, long households) {
    public Result {
      rows = Collections.unmodifiableMap(new EnumMap<>(rows));
      files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    public long rows(Dataset dataset) {
      return rows.get(dataset);
    }
  }

  private final Spec spec;

  public DataGenerator(Spec spec) {
    this.spec = spec;
  }

  /** Generates without progress messages. */
  public Result generate() {
    return generate(message -> { });
  }

  /**
   * Generates the data set, reporting progress about every {@link #PROGRESS_EVERY} persons.
   *
   * @throws UncheckedIOException if the output directory cannot be created or written
   */
  public Result generate(Consumer<String> progress) {
    try {
      Files.createDirectories(spec.outputDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create output directory " + spec.outputDirectory() + ": choose a writable --output", e);
    }
    FacilityCatalog catalog = new FacilityCatalog(spec.regions());
    ClaimSimulator claimSimulator = new ClaimSimulator(spec.seed(), catalog);
    Map<Dataset, DatasetWriter> writers = new EnumMap<>(Dataset.class);
    try {
      for (Dataset d : Dataset.values()) {
        writers.put(d, new DatasetWriter(d, spec.formatOf(d), spec.outputDirectory()));
      }
      writeFacilities(writers.get(Dataset.FACILITIES), catalog);
      long person = 0;
      long household = 0;
      long nextReport = PROGRESS_EVERY;
      while (person < spec.persons()) {
        int maxSize = (int) Math.min(6, spec.persons() - person);
        Household hh = new Household(spec.seed(), household, person, maxSize, spec);
        writeHousehold(hh, writers, claimSimulator);
        person += hh.members.size();
        household++;
        if (person >= nextReport || person == spec.persons()) {
          progress.accept("generated " + person + " of " + spec.persons() + " persons, "
              + writers.get(Dataset.CLAIMS).rows() + " claims");
          nextReport = (person / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
        }
      }
      Map<Dataset, Long> rows = new EnumMap<>(Dataset.class);
      Map<Dataset, Path> files = new EnumMap<>(Dataset.class);
      for (Map.Entry<Dataset, DatasetWriter> e : writers.entrySet()) {
        rows.put(e.getKey(), e.getValue().rows());
        files.put(e.getKey(), e.getValue().file());
      }
      return new Result(rows, files, person, household);
    } finally {
      for (DatasetWriter w : writers.values()) {
        w.close();
      }
    }
  }

  private static void writeFacilities(DatasetWriter out, FacilityCatalog catalog) {
    for (FacilityCatalog.Facility f : catalog.all()) {
      out.write(f.id(), f.name(), f.regionCode(), f.tier().name(), f.designated(), f.majorDiseaseDesignated());
    }
  }

  private void writeHousehold(Household hh, Map<Dataset, DatasetWriter> writers, ClaimSimulator claims) {
    DatasetWriter enrolment = writers.get(Dataset.ENROLMENT);
    DatasetWriter claimOut = writers.get(Dataset.CLAIMS);
    DatasetWriter referralOut = writers.get(Dataset.REFERRALS);
    for (Person p : hh.members) {
      for (int year = spec.firstYear(); year < spec.firstYear() + spec.years(); year++) {
        SplittableRandom r = Sampling.stream(spec.seed(), 20_000L + year, p.index);
        if (!Sampling.chance(r, ENROLMENT_RATE)) {
          continue;
        }
        writeEnrolment(enrolment, hh, p, year, r);
        for (SimulatedClaim c : claims.simulate(p, year)) {
          // A replacement claim (-C1) shares the reversed claim's referral: write the referral once.
          if (c.referral != null && !c.claimId.endsWith("-C1")) {
            SimulatedClaim.SimulatedReferral ref = c.referral;
            referralOut.write(ref.referralId(), p.id, ref.fromFacilityId(), ref.toFacilityId(), ref.issuedOn(),
                ref.emergency(), ref.filedOn());
          }
          claimOut.write(c.claimId, p.id, c.facility.id(), c.visitType.name(), c.admission, c.discharge,
              c.diagnosis, c.total, c.inPolicy, c.outOfCatalogue, c.emergency,
              c.referral == null ? null : c.referral.referralId(), c.exclusionReason, c.status, c.reportedBasic,
              null, null, null, c.settledAt);
        }
      }
    }
    DatasetWriter households = writers.get(Dataset.HOUSEHOLDS);
    for (int year = spec.firstYear(); year < spec.firstYear() + spec.years(); year++) {
      boolean poor = hh.poorIn(year);
      households.write(hh.id, year, hh.county.code(), hh.members.size(), hh.annualIncome(year), poor,
          poor ? hh.povertyCause : null);
    }
  }

  private static void writeEnrolment(DatasetWriter out, Household hh, Person p, int year, SplittableRandom r) {
    boolean special = hh.specialIn(year);
    java.time.LocalDate identified = hh.identifiedOn(year);
    BigDecimal contribution = personalContribution(year);
    BigDecimal subsidy = Money.ZERO;
    boolean identifiedBeforeYear = identified != null && identified.getYear() < year;
    if (identifiedBeforeYear) {
      // 资助参保: public funds pay the personal contribution of TEKUN and POOR in full, DIBAO half (ASSUMPTION).
      boolean full = hh.tekunFrom != null || hh.poorIn(year);
      subsidy = full ? contribution : Money.round(contribution.divide(BigDecimal.valueOf(2)));
    }
    boolean familyDoctor = special ? r.nextInt(20) > 0 : p.familyDoctorPropensity;
    out.write(p.id, year, hh.county.code(), hh.id, p.idNumber, p.name, p.phone, p.male ? "M" : "F", p.birthDate,
        hh.categoryIn(year), identified, hh.exitedOn(year), p.severeDisability, contribution.subtract(subsidy),
        subsidy, special && hh.region.supplementaryForSpecial(), familyDoctor);
  }

  /**
   * Per-person resident premium set by the national notices: 90 (2014), 120, 150, 180 (2017), 220 (2018),
   * 250 (2019), 280 (2020), 320 (2021), 350 (2022), 380 (2023); +30 a year after that is an ASSUMPTION.
   */
  static BigDecimal personalContribution(int year) {
    int[] byYear = {90, 120, 150, 180, 220, 250, 280, 320, 350, 380};
    int amount = year < 2014 ? 90 : year <= 2023 ? byYear[year - 2014] : 380 + 30 * (year - 2023);
    return Money.round(BigDecimal.valueOf(amount));
  }

  static String pad9(long index) {
    String s = Long.toString(index);
    return "000000000".substring(Math.min(9, s.length())) + s;
  }

  /** The spec this generator runs. */
  public Spec spec() {
    return spec;
  }

  /** Regions by name for callers that parse a list, e.g. {@code XIAOGAN,GANSU}. */
  public static List<Region> regions(String commaSeparated) {
    List<Region> out = new java.util.ArrayList<>();
    for (String name : commaSeparated.split(",")) {
      String n = name.trim().toUpperCase(java.util.Locale.ROOT);
      try {
        out.add(Region.valueOf(n));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown region '" + name.trim() + "': use one or more of " + List.of(Region.values()), e);
      }
    }
    return out;
  }
}
