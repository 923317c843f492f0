package io.safetynet.ingest;

import static io.safetynet.ingest.ColumnSpec.optional;
import static io.safetynet.ingest.ColumnSpec.piiOptional;
import static io.safetynet.ingest.ColumnSpec.required;
import static io.safetynet.ingest.ColumnType.BOOLEAN;
import static io.safetynet.ingest.ColumnType.DATE;
import static io.safetynet.ingest.ColumnType.DECIMAL;
import static io.safetynet.ingest.ColumnType.INT;
import static io.safetynet.ingest.ColumnType.STRING;
import static io.safetynet.ingest.ColumnType.TIMESTAMP;

import io.safetynet.policy.Category;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The five input datasets of DATA-CONTRACT.md, in load order (referenced datasets first). */
public final class Datasets {
  private Datasets() {}

  static final BigDecimal ONE_CENT = new BigDecimal("0.01");
  /**
   * Sanity bound: no single claim of this population costs more than 10 million yuan (the costliest treatments
   * on the lists cost a few million at most), so a larger total_cost is a unit or keying error (fen for yuan,
   * a pasted ID number), quarantined rather than settled into every indicator.
   */
  static final BigDecimal MAX_PLAUSIBLE_CLAIM = new BigDecimal("10000000.00");

  public static final DatasetSchema FACILITIES = new DatasetSchema(
      "facilities",
      List.of("facility_id"),
      List.of(
          required("facility_id", STRING),
          optional("name", STRING),
          required("region_code", STRING),
          required("tier", STRING).oneOf(names(Tier.values())),
          required("designated", BOOLEAN),
          optional("major_disease_designated", BOOLEAN)),
      List.of(),
      List.of(),
      true,
      null);

  public static final DatasetSchema ENROLMENT = new DatasetSchema(
      "enrolment",
      List.of("person_id", "insurance_year"),
      List.of(
          required("person_id", STRING),
          required("insurance_year", INT),
          required("region_code", STRING),
          required("household_id", STRING),
          piiOptional("id_number"),
          piiOptional("name"),
          piiOptional("phone"),
          optional("gender", STRING).oneOf(Set.of("M", "F")),
          optional("birth_date", DATE),
          required("category", STRING).joinedBy(names(Category.values())),
          optional("poverty_identified_on", DATE),
          optional("poverty_exited_on", DATE),
          optional("severe_disability", BOOLEAN),
          optional("premium_personal", DECIMAL),
          optional("premium_subsidy", DECIMAL),
          optional("supplementary_insured", BOOLEAN),
          optional("family_doctor_signed", BOOLEAN)),
      List.of(Datasets::povertyDatesInOrder),
      List.of(),
      true,
      null);

  public static final DatasetSchema HOUSEHOLDS = new DatasetSchema(
      "households",
      List.of("household_id", "year"),
      List.of(
          required("household_id", STRING),
          required("year", INT),
          required("region_code", STRING),
          required("size", INT),
          // net income of a farming household can be negative in a bad year
          required("annual_income", DECIMAL).mayBeNegative(),
          optional("registered_poor", BOOLEAN),
          optional("poverty_cause", STRING)),
      List.of(Datasets::householdSizeAtLeastOne),
      List.of(),
      false,
      null);

  public static final DatasetSchema REFERRALS = new DatasetSchema(
      "referrals",
      List.of("referral_id"),
      List.of(
          required("referral_id", STRING),
          required("person_id", STRING),
          required("from_facility_id", STRING),
          required("to_facility_id", STRING),
          required("issued_on", DATE),
          optional("emergency", BOOLEAN),
          optional("filed_on", DATE)),
      List.of(),
      List.of(new Reference("person_id", "enrolment", "person_id")),
      false,
      null);

  public static final DatasetSchema CLAIMS = new DatasetSchema(
      "claims",
      List.of("claim_id"),
      List.of(
          required("claim_id", STRING),
          required("person_id", STRING),
          required("facility_id", STRING),
          required("visit_type", STRING).oneOf(names(VisitType.values())),
          required("admission_date", DATE),
          required("discharge_date", DATE),
          optional("diagnosis_code", STRING),
          required("total_cost", DECIMAL),
          required("in_policy_cost", DECIMAL),
          required("out_of_catalogue_cost", DECIMAL),
          optional("emergency", BOOLEAN),
          optional("referral_id", STRING),
          optional("exclusion_reason", STRING)
              .oneOf(Set.of("THIRD_PARTY", "CRIME", "DRUNKENNESS", "SELF_HARM", "OTHER")),
          required("status", STRING).oneOf(Set.of("ACTIVE", "REVERSED")),
          optional("reported_basic_paid", DECIMAL),
          optional("reported_critical_paid", DECIMAL),
          optional("reported_assistance_paid", DECIMAL),
          optional("reported_supplementary_paid", DECIMAL),
          optional("settled_at", TIMESTAMP)),
      List.of(Datasets::costsAddUp, Datasets::dischargeNotBeforeAdmission, Datasets::plausibleCost,
          Datasets::notInTheFuture),
      List.of(
          new Reference("person_id", "enrolment", "person_id"),
          new Reference("facility_id", "facilities", "facility_id")),
      true,
      "discharge_date");

  /** Load order: a dataset's references come before it. */
  public static final List<DatasetSchema> ALL = List.of(FACILITIES, ENROLMENT, HOUSEHOLDS, REFERRALS, CLAIMS);

  public static Optional<DatasetSchema> byName(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }

  private static Problem povertyDatesInOrder(java.util.Map<String, Object> row) {
    LocalDate from = (LocalDate) row.get("poverty_identified_on");
    LocalDate to = (LocalDate) row.get("poverty_exited_on");
    if (from != null && to != null && to.isBefore(from)) {
      return new Problem("poverty_exited_on: before poverty_identified_on",
          "poverty_exited_on=" + to + " is before poverty_identified_on=" + from);
    }
    return null;
  }

  private static Problem householdSizeAtLeastOne(java.util.Map<String, Object> row) {
    int size = (Integer) row.get("size");
    return size >= 1 ? null : new Problem("size: below 1", "size=" + size + " must be at least 1");
  }

  /** T = P + O within one cent, and 0 <= P <= T (each amount is already known to be >= 0). */
  private static Problem costsAddUp(java.util.Map<String, Object> row) {
    BigDecimal t = (BigDecimal) row.get("total_cost");
    BigDecimal p = (BigDecimal) row.get("in_policy_cost");
    BigDecimal o = (BigDecimal) row.get("out_of_catalogue_cost");
    if (p.compareTo(t) > 0) {
      return new Problem("in_policy_cost: above total_cost",
          "in_policy_cost=" + p + " is above total_cost=" + t);
    }
    if (t.subtract(p).subtract(o).abs().compareTo(ONE_CENT) > 0) {
      return new Problem("total_cost: not in_policy_cost + out_of_catalogue_cost",
          "total_cost=" + t + " differs from in_policy_cost + out_of_catalogue_cost = " + p.add(o)
              + " by more than 0.01");
    }
    return null;
  }

  /** total_cost at most {@link #MAX_PLAUSIBLE_CLAIM}. */
  private static Problem plausibleCost(java.util.Map<String, Object> row) {
    BigDecimal t = (BigDecimal) row.get("total_cost");
    return t.compareTo(MAX_PLAUSIBLE_CLAIM) <= 0 ? null : new Problem("total_cost: implausible amount",
        "total_cost=" + t + " is above " + MAX_PLAUSIBLE_CLAIM.toPlainString() + " yuan, more than any one claim "
            + "costs (fen instead of yuan? a misplaced column?)");
  }

  /** A visit that has not happened yet (today in UTC): a keying error, and no policy covers its year yet. */
  private static Problem notInTheFuture(java.util.Map<String, Object> row) {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    LocalDate discharge = (LocalDate) row.get("discharge_date");
    return discharge.isAfter(today) ? new Problem("discharge_date: in the future",
        "discharge_date=" + discharge + " is after today (" + today + ")") : null;
  }

  /** Discharge on or after admission; outpatient visits are single-day (discharge = admission). */
  private static Problem dischargeNotBeforeAdmission(java.util.Map<String, Object> row) {
    LocalDate admission = (LocalDate) row.get("admission_date");
    LocalDate discharge = (LocalDate) row.get("discharge_date");
    if (discharge.isBefore(admission)) {
      return new Problem("discharge_date: before admission_date",
          "discharge_date=" + discharge + " is before admission_date=" + admission);
    }
    String visitType = (String) row.get("visit_type");
    if (visitType.startsWith("OUTPATIENT") && !discharge.equals(admission)) {
      return new Problem("discharge_date: outpatient visit spans days",
          "discharge_date=" + discharge + " differs from admission_date=" + admission + " for " + visitType
              + " (an outpatient visit has discharge_date = admission_date)");
    }
    return null;
  }
}
