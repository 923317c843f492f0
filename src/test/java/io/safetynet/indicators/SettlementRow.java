package io.safetynet.indicators;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A hand-made settlement row (settlement-schema.md) for tests; patient_oop and funds_paid are derived. */
final class SettlementRow {
  static final StructType TRACE =
      new StructType()
          .add("rule", DataTypes.StringType)
          .add("clause", DataTypes.StringType)
          .add("amount", DataTypes.createDecimalType(18, 2))
          .add("detail", DataTypes.StringType);
  static final StructType SCHEMA = schema();

  String claimId;
  String personId;
  String householdId;
  String regionCode = "420922";
  String policyId = "xiaogan";
  int year = 2018;
  String facilityId = "F1";
  String facilityRegion = "420922";
  String tier = "LEVEL2";
  String visitType = "INPATIENT";
  String admission;
  String discharge;
  String diagnosis = "I25.1";
  String category = "POOR";
  String status = "ACTIVE";
  Boolean referralCompliant;
  BigDecimal total = BigDecimal.ZERO;
  BigDecimal inPolicy = BigDecimal.ZERO;
  BigDecimal ooc = BigDecimal.ZERO;
  BigDecimal basic = BigDecimal.ZERO;
  BigDecimal critical = BigDecimal.ZERO;
  BigDecimal assistance = BigDecimal.ZERO;
  BigDecimal suppIn = BigDecimal.ZERO;
  BigDecimal suppOoc = BigDecimal.ZERO;
  BigDecimal hospital = BigDecimal.ZERO;
  BigDecimal reportedBasic;
  BigDecimal reportedCritical;
  BigDecimal reportedAssistance;
  BigDecimal reportedSupplementary;
  String settledAt;
  List<String> flags = new ArrayList<>();
  List<Row> trace = new ArrayList<>();

  static SettlementRow claim(String claimId, String personId, String householdId) {
    SettlementRow r = new SettlementRow();
    r.claimId = claimId;
    r.personId = personId;
    r.householdId = householdId;
    return r;
  }

  SettlementRow dates(String admission, String discharge) {
    this.admission = admission;
    this.discharge = discharge;
    this.year = Integer.parseInt(discharge.substring(0, 4));
    return this;
  }

  SettlementRow cost(String t, String p, String o) {
    total = new BigDecimal(t);
    inPolicy = new BigDecimal(p);
    ooc = new BigDecimal(o);
    return this;
  }

  /** basic, critical, assistance, supplementary on in-policy cost, supplementary on out-of-catalogue, hospital. */
  SettlementRow paid(String b, String c, String a, String si, String so, String h) {
    basic = new BigDecimal(b);
    critical = new BigDecimal(c);
    assistance = new BigDecimal(a);
    suppIn = new BigDecimal(si);
    suppOoc = new BigDecimal(so);
    hospital = new BigDecimal(h);
    return this;
  }

  SettlementRow at(String facility, String facilityRegion, String tier) {
    this.facilityId = facility;
    this.facilityRegion = facilityRegion;
    this.tier = tier;
    return this;
  }

  SettlementRow person(String regionCode, String category) {
    this.regionCode = regionCode;
    this.category = category;
    return this;
  }

  SettlementRow visit(String visitType) {
    this.visitType = visitType;
    return this;
  }

  SettlementRow diagnosis(String code) {
    this.diagnosis = code;
    return this;
  }

  SettlementRow referral(Boolean compliant) {
    this.referralCompliant = compliant;
    return this;
  }

  SettlementRow reversed() {
    this.status = "REVERSED";
    return this;
  }

  SettlementRow reported(String basic, String settledAt) {
    this.reportedBasic = basic == null ? null : new BigDecimal(basic);
    this.settledAt = settledAt;
    return this;
  }

  SettlementRow reportedAll(String b, String c, String a, String s) {
    reportedBasic = new BigDecimal(b);
    reportedCritical = new BigDecimal(c);
    reportedAssistance = new BigDecimal(a);
    reportedSupplementary = new BigDecimal(s);
    return this;
  }

  SettlementRow flag(String f) {
    flags.add(f);
    return this;
  }

  SettlementRow trace(String rule, String clause, String amount, String detail) {
    trace.add(RowFactory.create(rule, clause, new BigDecimal(amount).setScale(2), detail));
    return this;
  }

  Row toRow() {
    BigDecimal supp = suppIn.add(suppOoc);
    BigDecimal funds = basic.add(critical).add(assistance).add(supp);
    BigDecimal patient = total.subtract(funds).subtract(hospital);
    return RowFactory.create(
        claimId, personId, householdId, regionCode, policyId, "conf/policies/" + policyId + ".yaml", "1", year,
        facilityId, facilityRegion, tier, visitType, Date.valueOf(admission), Date.valueOf(discharge), diagnosis,
        category, status, false, facilityRegion.equals(regionCode), referralCompliant,
        m(total), m(inPolicy), m(ooc), m(basic), m(critical), m(assistance), m(suppIn), m(suppOoc), m(supp),
        m(hospital), m(patient), m(funds), flags.toArray(new String[0]), trace.toArray(new Row[0]),
        m(reportedBasic), m(reportedCritical), m(reportedAssistance), m(reportedSupplementary),
        settledAt == null ? null : Timestamp.valueOf(settledAt));
  }

  private static BigDecimal m(BigDecimal v) {
    return v == null ? null : v.setScale(2);
  }

  private static StructType schema() {
    StructType s = new StructType();
    for (String c : List.of("claim_id", "person_id", "household_id", "region_code", "policy_id", "policy_file",
        "policy_version")) {
      s = s.add(c, DataTypes.StringType);
    }
    s = s.add("insurance_year", DataTypes.IntegerType);
    for (String c : List.of("facility_id", "facility_region_code", "tier", "visit_type")) {
      s = s.add(c, DataTypes.StringType);
    }
    s = s.add("admission_date", DataTypes.DateType).add("discharge_date", DataTypes.DateType);
    for (String c : List.of("diagnosis_code", "category", "status")) {
      s = s.add(c, DataTypes.StringType);
    }
    s = s.add("emergency", DataTypes.BooleanType).add("in_county", DataTypes.BooleanType)
        .add("referral_compliant", DataTypes.BooleanType);
    for (String c : List.of("total_cost", "in_policy_cost", "out_of_catalogue_cost", "basic_paid", "critical_paid",
        "assistance_paid", "supplementary_in_policy_paid", "supplementary_ooc_paid", "supplementary_paid",
        "hospital_borne", "patient_oop", "funds_paid")) {
      s = s.add(c, DataTypes.createDecimalType(18, 2));
    }
    s = s.add("flags", DataTypes.createArrayType(DataTypes.StringType))
        .add("trace", DataTypes.createArrayType(TRACE));
    for (String c : List.of("reported_basic_paid", "reported_critical_paid", "reported_assistance_paid",
        "reported_supplementary_paid")) {
      s = s.add(c, DataTypes.createDecimalType(18, 2));
    }
    return s.add("settled_at", DataTypes.TimestampType);
  }
}
