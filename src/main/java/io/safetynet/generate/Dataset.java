package io.safetynet.generate;

import java.util.List;

/** The five input datasets of DATA-CONTRACT.md, with their columns in contract order. */
public enum Dataset {
  ENROLMENT(
      "enrolment",
      List.of(
          Column.string("person_id"), Column.integer("insurance_year"), Column.string("region_code"),
          Column.string("household_id"), Column.string("id_number"), Column.string("name"), Column.string("phone"),
          Column.string("gender"), Column.date("birth_date"), Column.string("category"),
          Column.date("poverty_identified_on"), Column.date("poverty_exited_on"), Column.bool("severe_disability"),
          Column.decimal("premium_personal"), Column.decimal("premium_subsidy"), Column.bool("supplementary_insured"),
          Column.bool("family_doctor_signed"))),
  FACILITIES(
      "facilities",
      List.of(
          Column.string("facility_id"), Column.string("name"), Column.string("region_code"), Column.string("tier"),
          Column.bool("designated"), Column.bool("major_disease_designated"))),
  CLAIMS(
      "claims",
      List.of(
          Column.string("claim_id"), Column.string("person_id"), Column.string("facility_id"),
          Column.string("visit_type"), Column.date("admission_date"), Column.date("discharge_date"),
          Column.string("diagnosis_code"), Column.decimal("total_cost"), Column.decimal("in_policy_cost"),
          Column.decimal("out_of_catalogue_cost"), Column.bool("emergency"), Column.string("referral_id"),
          Column.string("exclusion_reason"), Column.string("status"), Column.decimal("reported_basic_paid"),
          Column.decimal("reported_critical_paid"), Column.decimal("reported_assistance_paid"),
          Column.decimal("reported_supplementary_paid"), Column.timestamp("settled_at"))),
  REFERRALS(
      "referrals",
      List.of(
          Column.string("referral_id"), Column.string("person_id"), Column.string("from_facility_id"),
          Column.string("to_facility_id"), Column.date("issued_on"), Column.bool("emergency"),
          Column.date("filed_on"))),
  HOUSEHOLDS(
      "households",
      List.of(
          Column.string("household_id"), Column.integer("year"), Column.string("region_code"),
          Column.integer("size"), Column.decimal("annual_income"), Column.bool("registered_poor"),
          Column.string("poverty_cause")));

  /** How a column's value is written: JSON Lines writes INT, DECIMAL and BOOLEAN unquoted. */
  public enum Type {
    STRING, INT, DECIMAL, BOOLEAN, DATE, TIMESTAMP
  }

  /** A contract column. */
  public record Column(String name, Type type) {
    static Column string(String name) {
      return new Column(name, Type.STRING);
    }

    static Column integer(String name) {
      return new Column(name, Type.INT);
    }

    static Column decimal(String name) {
      return new Column(name, Type.DECIMAL);
    }

    static Column bool(String name) {
      return new Column(name, Type.BOOLEAN);
    }

    static Column date(String name) {
      return new Column(name, Type.DATE);
    }

    static Column timestamp(String name) {
      return new Column(name, Type.TIMESTAMP);
    }
  }

  private final String baseName;
  private final List<Column> columns;

  Dataset(String baseName, List<Column> columns) {
    this.baseName = baseName;
    this.columns = columns;
  }

  /** The file name stem, e.g. {@code claims} for {@code claims.csv}. */
  public String baseName() {
    return baseName;
  }

  public List<Column> columns() {
    return columns;
  }
}
