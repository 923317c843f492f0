package io.safetynet.generate;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One simulated household and its members over the run's years: region, county, special categories with their
 * start and end dates, and per-capita income. Everything is drawn from the household's own random stream; members
 * draw from their own person streams. Distributions and their sources: {@code sample-data/README.md}.
 */
final class Household {
  /** Household sizes 1..6 (mean about 3.2); ASSUMPTION anchored on the 2010 census rural household size 3.3. */
  private static final double[] SIZE_WEIGHTS = {12, 25, 22, 20, 13, 8};
  /** Registered causes of poverty; 因病致贫 about 42% (NHC, 2016-2018 statements); the rest ASSUMPTION. */
  private static final String[] CAUSES = {
    "ILLNESS", "DISABILITY", "LACK_OF_SKILLS", "LACK_OF_LABOUR", "LACK_OF_FUNDS", "OTHER"
  };
  private static final double[] CAUSE_WEIGHTS = {42, 14, 22, 10, 8, 4};

  final long index;
  final String id;
  final Region region;
  final Region.County county;
  final List<Person> members = new ArrayList<>();
  final String povertyCause;
  /** POOR: identified on (may be inside a run year), exited on (null while covered). */
  final LocalDate poorFrom;
  final LocalDate poorUntil;
  final LocalDate dibaoFrom;
  final LocalDate tekunFrom;
  private final double incomeDraw;

  Household(long seed, long index, long firstPerson, int maxSize, Spec spec) {
    SplittableRandom r = Sampling.stream(seed, 1, index);
    this.index = index;
    this.id = "H" + DataGenerator.pad9(index);
    this.region = spec.regions().get(r.nextInt(spec.regions().size()));
    this.county = Sampling.pick(r, region.counties());
    int size = Math.min(maxSize, 1 + Sampling.weighted(r, SIZE_WEIGHTS));
    char surname = Names.surname(r);
    for (int i = 0; i < size; i++) {
      members.add(new Person(seed, firstPerson + i, this, surname, i == 0, spec.firstYear()));
    }
    int first = spec.firstYear();
    int last = first + spec.years() - 1;
    LocalDate poorFrom = null;
    LocalDate poorUntil = null;
    if (Sampling.chance(r, region.poorHouseholdShare())) {
      // 建档立卡 began in 2014: identified some time before the first simulated year.
      poorFrom = randomDate(r, 2014, first - 1);
    } else if (Sampling.chance(r, 1 - Math.pow(0.985, spec.years()))) {
      // Identified during the run (动态调整): mid-year identification, ASSUMPTION 1.5% of households a year.
      poorFrom = randomDate(r, first, last);
    }
    boolean poor = poorFrom != null;
    LocalDate dibaoFrom = null;
    boolean identifiedDuringRun = poor && poorFrom.getYear() >= first;
    // The contract has one identification date per row: a household identified during the run stays POOR only.
    if (Sampling.chance(r, poor ? 0.30 : 0.035) && !identifiedDuringRun) {
      dibaoFrom = randomDate(r, 2012, first - 1);
    }
    boolean exits = Sampling.chance(r, 1 - Math.pow(0.88, spec.years()));
    if (poor && dibaoFrom == null && poorFrom.getYear() < first && exits) {
      // 脱贫: exits happen all year, most after the annual assessment; ASSUMPTION 12% of poor households a year.
      poorUntil = randomDate(r, first, last);
    }
    LocalDate tekunFrom = null;
    Person head = members.get(0);
    if (size == 1 && head.ageAt(first) >= 60 && dibaoFrom == null && !poor && Sampling.chance(r, 0.30)) {
      tekunFrom = randomDate(r, 2010, first - 1);
    }
    this.poorFrom = poorFrom;
    this.poorUntil = poorUntil;
    this.dibaoFrom = dibaoFrom;
    this.tekunFrom = tekunFrom;
    this.povertyCause = CAUSES[Sampling.weighted(r, CAUSE_WEIGHTS)];
    this.incomeDraw = Sampling.normal(r);
  }

  static LocalDate randomDate(SplittableRandom r, int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    long days = LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay();
    return from.plusDays(r.nextLong(days + 1));
  }

  /** Registered poor at any time during the year. */
  boolean poorIn(int year) {
    return poorFrom != null
        && poorFrom.getYear() <= year
        && (poorUntil == null || poorUntil.getYear() >= year);
  }

  /** The {@code category} value of the enrolment row for a year, e.g. {@code POOR|DIBAO}. */
  String categoryIn(int year) {
    StringBuilder b = new StringBuilder();
    if (poorIn(year)) {
      b.append("POOR");
    }
    if (dibaoFrom != null) {
      b.append(b.length() > 0 ? "|" : "").append("DIBAO");
    }
    if (tekunFrom != null) {
      b.append(b.length() > 0 ? "|" : "").append("TEKUN");
    }
    return b.length() == 0 ? "ORDINARY" : b.toString();
  }

  boolean specialIn(int year) {
    return poorIn(year) || dibaoFrom != null || tekunFrom != null;
  }

  /** Start of the earliest special category held in the year (null for ordinary). */
  LocalDate identifiedOn(int year) {
    LocalDate d = null;
    if (poorIn(year)) {
      d = poorFrom;
    }
    for (LocalDate other : new LocalDate[] {dibaoFrom, tekunFrom}) {
      if (other != null && (d == null || other.isBefore(d))) {
        d = other;
      }
    }
    return d;
  }

  /** The exit date when the household leaves POOR during the year. */
  LocalDate exitedOn(int year) {
    return poorUntil != null && poorUntil.getYear() == year ? poorUntil : null;
  }

  /** Special category valid on a date (POOR only between identification and exit). */
  boolean specialOn(LocalDate date) {
    boolean poor = poorFrom != null && !poorFrom.isAfter(date) && (poorUntil == null || date.isBefore(poorUntil));
    boolean dibao = dibaoFrom != null && !dibaoFrom.isAfter(date);
    boolean tekun = tekunFrom != null && !tekunFrom.isAfter(date);
    return poor || dibao || tekun;
  }

  /**
   * Net household income before medical spending: size × per-capita income, log-normal. Ordinary households
   * centre on 85% of the provincial rural mean (median below mean, sigma 0.55); registered poor households on
   * 1.9 × the poverty line (after 产业/转移 support), DIBAO/TEKUN on 1.5 ×, newly identified poor on 1.1 ×
   * (all ASSUMPTIONS). One draw per household keeps its income rank stable across years.
   */
  BigDecimal annualIncome(int year) {
    double median;
    double sigma;
    double line = PovertyLine.of(year);
    if (poorIn(year) && poorFrom.getYear() == year) {
      median = 1.1 * line;
      sigma = 0.30;
    } else if (poorIn(year)) {
      median = 1.9 * line;
      sigma = 0.35;
    } else if (dibaoFrom != null || tekunFrom != null) {
      median = 1.5 * line;
      sigma = 0.30;
    } else {
      median = 0.85 * region.ruralIncome(year);
      sigma = 0.55;
    }
    double perCapita = median * Math.exp(sigma * incomeDraw);
    return Money.round(BigDecimal.valueOf(Math.round(perCapita * members.size())));
  }
}
