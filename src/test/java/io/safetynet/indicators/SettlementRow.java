package io.safetynet.indicators;

import static io.safetynet.settle.SettlementColumn.*;

import io.safetynet.settle.SettlementColumn;
import io.safetynet.settle.SettlementSchema;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A hand-made settlement row for tests, in the table's own schema ({@link SettlementSchema#SCHEMA}, built from
 * {@link SettlementColumn}); patient_oop and funds_paid are derived.
 */
public final class SettlementRow {
  public static final StructType SCHEMA = SettlementSchema.SCHEMA;

  public String claimId;
  public String personId;
  public String householdId;
  public String regionCode = "420922";
  public String policyId = "xiaogan";
  public int year = 2018;
  public String facilityId = "F1";
  public String facilityRegion = "420922";
  public String tier = "LEVEL2";
  public String visitType = "INPATIENT";
  public String admission;
  public String discharge;
  public String diagnosis = "I25.1";
  public String category = "POOR";
  public String status = "ACTIVE";
  public Boolean referralCompliant;
  public BigDecimal total = BigDecimal.ZERO;
  public BigDecimal inPolicy = BigDecimal.ZERO;
  public BigDecimal ooc = BigDecimal.ZERO;
  public BigDecimal basic = BigDecimal.ZERO;
  public BigDecimal critical = BigDecimal.ZERO;
  public BigDecimal assistance = BigDecimal.ZERO;
  public BigDecimal suppIn = BigDecimal.ZERO;
  public BigDecimal suppOoc = BigDecimal.ZERO;
  public BigDecimal hospital = BigDecimal.ZERO;
  public BigDecimal reportedBasic;
  public BigDecimal reportedCritical;
  public BigDecimal reportedAssistance;
  public BigDecimal reportedSupplementary;
  public String settledAt;
  public List<String> flags = new ArrayList<>();
  public List<Row> trace = new ArrayList<>();

  public static SettlementRow claim(String claimId, String personId, String householdId) {
    SettlementRow r = new SettlementRow();
    r.claimId = claimId;
    r.personId = personId;
    r.householdId = householdId;
    return r;
  }

  public SettlementRow dates(String admission, String discharge) {
    this.admission = admission;
    this.discharge = discharge;
    this.year = Integer.parseInt(discharge.substring(0, 4));
    return this;
  }

  public SettlementRow cost(String t, String p, String o) {
    total = new BigDecimal(t);
    inPolicy = new BigDecimal(p);
    ooc = new BigDecimal(o);
    return this;
  }

  /** basic, critical, assistance, supplementary on in-policy cost, supplementary on out-of-catalogue, hospital. */
  public SettlementRow paid(String b, String c, String a, String si, String so, String h) {
    basic = new BigDecimal(b);
    critical = new BigDecimal(c);
    assistance = new BigDecimal(a);
    suppIn = new BigDecimal(si);
    suppOoc = new BigDecimal(so);
    hospital = new BigDecimal(h);
    return this;
  }

  public SettlementRow at(String facility, String facilityRegion, String tier) {
    this.facilityId = facility;
    this.facilityRegion = facilityRegion;
    this.tier = tier;
    return this;
  }

  public SettlementRow person(String regionCode, String category) {
    this.regionCode = regionCode;
    this.category = category;
    return this;
  }

  public SettlementRow visit(String visitType) {
    this.visitType = visitType;
    return this;
  }

  public SettlementRow diagnosis(String code) {
    this.diagnosis = code;
    return this;
  }

  public SettlementRow referral(Boolean compliant) {
    this.referralCompliant = compliant;
    return this;
  }

  public SettlementRow reversed() {
    this.status = "REVERSED";
    return this;
  }

  public SettlementRow reported(String basic, String settledAt) {
    this.reportedBasic = basic == null ? null : new BigDecimal(basic);
    this.settledAt = settledAt;
    return this;
  }

  public SettlementRow reportedAll(String b, String c, String a, String s) {
    reportedBasic = new BigDecimal(b);
    reportedCritical = new BigDecimal(c);
    reportedAssistance = new BigDecimal(a);
    reportedSupplementary = new BigDecimal(s);
    return this;
  }

  public SettlementRow flag(String f) {
    flags.add(f);
    return this;
  }

  public SettlementRow trace(String rule, String clause, String amount, String detail) {
    trace.add(RowFactory.create(rule, clause, new BigDecimal(amount).setScale(2), detail));
    return this;
  }

  public Row toRow() {
    BigDecimal supp = suppIn.add(suppOoc);
    BigDecimal funds = basic.add(critical).add(assistance).add(supp);
    BigDecimal patient = total.subtract(funds).subtract(hospital);
    Object[] v = SettlementColumn.newValues();
    CLAIM_ID.put(v, claimId);
    PERSON_ID.put(v, personId);
    HOUSEHOLD_ID.put(v, householdId);
    REGION_CODE.put(v, regionCode);
    POLICY_ID.put(v, policyId);
    POLICY_FILE.put(v, "conf/policies/" + policyId + ".yaml");
    POLICY_VERSION.put(v, "1");
    INSURANCE_YEAR.put(v, year);
    FACILITY_ID.put(v, facilityId);
    FACILITY_REGION_CODE.put(v, facilityRegion);
    TIER.put(v, tier);
    VISIT_TYPE.put(v, visitType);
    ADMISSION_DATE.put(v, Date.valueOf(admission));
    DISCHARGE_DATE.put(v, Date.valueOf(discharge));
    DIAGNOSIS_CODE.put(v, diagnosis);
    CATEGORY.put(v, category);
    STATUS.put(v, status);
    EMERGENCY.put(v, false);
    IN_COUNTY.put(v, facilityRegion.equals(regionCode));
    REFERRAL_COMPLIANT.put(v, referralCompliant);
    TOTAL_COST.put(v, m(total));
    IN_POLICY_COST.put(v, m(inPolicy));
    OUT_OF_CATALOGUE_COST.put(v, m(ooc));
    BASIC_PAID.put(v, m(basic));
    CRITICAL_PAID.put(v, m(critical));
    ASSISTANCE_PAID.put(v, m(assistance));
    SUPPLEMENTARY_IN_POLICY_PAID.put(v, m(suppIn));
    SUPPLEMENTARY_OOC_PAID.put(v, m(suppOoc));
    SUPPLEMENTARY_PAID.put(v, m(supp));
    HOSPITAL_BORNE.put(v, m(hospital));
    PATIENT_OOP.put(v, m(patient));
    FUNDS_PAID.put(v, m(funds));
    FLAGS.put(v, flags);
    TRACE.put(v, trace);
    REPORTED_BASIC_PAID.put(v, m(reportedBasic));
    REPORTED_CRITICAL_PAID.put(v, m(reportedCritical));
    REPORTED_ASSISTANCE_PAID.put(v, m(reportedAssistance));
    REPORTED_SUPPLEMENTARY_PAID.put(v, m(reportedSupplementary));
    SETTLED_AT.put(v, settledAt == null ? null : Timestamp.valueOf(settledAt));
    INPUT_HASH.put(v, 0L);
    return SettlementColumn.row(v);
  }

  private static BigDecimal m(BigDecimal v) {
    return v == null ? null : v.setScale(2);
  }
}
