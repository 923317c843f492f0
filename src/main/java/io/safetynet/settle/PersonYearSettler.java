package io.safetynet.settle;

import static io.safetynet.settle.SettlementColumn.*;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.engine.Claim;
import io.safetynet.engine.ClaimSettlement;
import io.safetynet.engine.Enrolment;
import io.safetynet.engine.Facility;
import io.safetynet.engine.Flag;
import io.safetynet.engine.PersonYear;
import io.safetynet.engine.ReferralCompliance;
import io.safetynet.engine.SettlementEngine;
import io.safetynet.engine.TraceStep;
import io.safetynet.policy.Policy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Runs the engine over a partition of the person stream ({@link SettleInputs#personStream}), one person-year at
 * a time. Its input fingerprint ({@link PersonYearHash}) is compared with the one stored with its
 * settlement rows ({@code stored_hash}, null when none): an unchanged person-year emits nothing, a changed or new
 * one is settled in one engine call and emitted with its new fingerprint. Streams: holds one person-year at a time.
 */
final class PersonYearSettler implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final Broadcast<Map<String, Facility>> facilities;
  private final PolicyRegistry policies;
  private final long policyFingerprint;
  private final SettleCounters counters;
  private final SettlementEngine engine = new SettlementEngine();
  PersonYearSettler(Broadcast<Map<String, Facility>> facilities, PolicyRegistry policies, long policyFingerprint,
      SettleCounters counters) {
    this.facilities = facilities;
    this.policies = policies;
    this.policyFingerprint = policyFingerprint;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Map<String, Facility> fac = facilities.value();
    return PersonYearRows.perPersonYear(rows, in -> settleIfChanged(in, fac));
  }

  private List<Row> settleIfChanged(PersonYearInput in, Map<String, Facility> fac) {
    long hash = PersonYearHash.of(in.rowHashes(), in.enrolmentHash(), in.referralHash(), policyFingerprint);
    counters.personYear(in.claims().size());
    if (in.storedHash() != null && in.storedHash() == hash) {
      return List.of();
    }
    counters.resettled();
    return settle(in, fac, hash);
  }

  private List<Row> settle(PersonYearInput in, Map<String, Facility> fac, long inputHash) {
    PersonYear py = PersonYearRows.personYear(in, fac);
    Enrolment enrolment = py.enrolments().isEmpty() ? null : py.enrolments().get(0);
    // the person-year's claims are built from the rows in their order: claim i came from row i
    Map<String, Row> rowById = new java.util.HashMap<>();
    Map<String, Claim> claimById = new java.util.HashMap<>();
    for (int i = 0; i < in.claims().size(); i++) {
      Claim c = py.claims().get(i);
      rowById.put(c.claimId(), in.claims().get(i));
      claimById.put(c.claimId(), c);
    }
    Policy policy = enrolment == null ? null : policies.find(enrolment.regionCode(), in.year()).orElse(null);
    List<ClaimSettlement> settled = engine.settle(policy, py);
    List<Row> out = new ArrayList<>(settled.size());
    for (ClaimSettlement s : settled) {
      Claim c = claimById.get(s.claimId());
      out.add(toRow(s, c, rowById.get(s.claimId()), enrolment, policy, fac.get(c.facilityId()), inputHash));
    }
    return out;
  }

  private Row toRow(ClaimSettlement s, Claim c, Row in, Enrolment e, Policy policy, Facility f, long inputHash) {
    Boolean inCounty = e == null || f == null ? null : f.regionCode().equals(e.regionCode());
    Boolean referralCompliant = null;
    if (e != null && f != null && policy != null
        && ReferralCompliance.needsReferral(c, f, e, policy.termsOn(c.dischargeDate()).referral())) {
      referralCompliant = !s.flags().contains(Flag.REFERRAL_NON_COMPLIANT);
    }
    List<String> flags = new ArrayList<>(s.flags().size());
    for (Flag fl : s.flags()) {
      flags.add(fl.name());
    }
    List<Row> trace = new ArrayList<>(s.trace().size());
    for (TraceStep t : s.trace()) {
      trace.add(RowFactory.create(t.rule(), t.clause(), t.amount(), t.detail()));
    }
    Object[] v = SettlementColumn.newValues();
    CLAIM_ID.put(v, s.claimId());
    PERSON_ID.put(v, s.personId());
    HOUSEHOLD_ID.put(v, e == null ? null : e.householdId());
    REGION_CODE.put(v, e == null ? null : e.regionCode());
    POLICY_ID.put(v, policy == null ? null : policy.id());
    POLICY_FILE.put(v, policy == null ? null : policy.file());
    POLICY_VERSION.put(v, policy == null ? null : policy.version());
    INSURANCE_YEAR.put(v, s.insuranceYear());
    FACILITY_ID.put(v, c.facilityId());
    FACILITY_REGION_CODE.put(v, f == null ? null : f.regionCode());
    TIER.put(v, s.tier() == null ? null : s.tier().name());
    VISIT_TYPE.put(v, s.visitType().name());
    ADMISSION_DATE.put(v, in.getAs("admission_date"));
    DISCHARGE_DATE.put(v, in.getAs("discharge_date"));
    DIAGNOSIS_CODE.put(v, c.diagnosisCode());
    CATEGORY.put(v, s.category().name());
    STATUS.put(v, in.getAs("status"));
    EMERGENCY.put(v, in.getAs("emergency"));
    IN_COUNTY.put(v, inCounty);
    REFERRAL_COMPLIANT.put(v, referralCompliant);
    TOTAL_COST.put(v, s.totalCost());
    IN_POLICY_COST.put(v, s.inPolicyCost());
    OUT_OF_CATALOGUE_COST.put(v, s.outOfCatalogueCost());
    BASIC_PAID.put(v, s.basic());
    CRITICAL_PAID.put(v, s.critical());
    ASSISTANCE_PAID.put(v, s.assistance());
    SUPPLEMENTARY_IN_POLICY_PAID.put(v, s.supplementaryInPolicy());
    SUPPLEMENTARY_OOC_PAID.put(v, s.supplementaryOutOfCatalogue());
    SUPPLEMENTARY_PAID.put(v, s.supplementary());
    HOSPITAL_BORNE.put(v, s.hospitalBorne());
    PATIENT_OOP.put(v, s.patientOop());
    FUNDS_PAID.put(v, s.fundsPaid());
    FLAGS.put(v, flags);
    TRACE.put(v, trace);
    REPORTED_BASIC_PAID.put(v, in.getAs("reported_basic_paid"));
    REPORTED_CRITICAL_PAID.put(v, in.getAs("reported_critical_paid"));
    REPORTED_ASSISTANCE_PAID.put(v, in.getAs("reported_assistance_paid"));
    REPORTED_SUPPLEMENTARY_PAID.put(v, in.getAs("reported_supplementary_paid"));
    SETTLED_AT.put(v, in.getAs("settled_at"));
    INPUT_HASH.put(v, inputHash);
    return SettlementColumn.row(v);
  }
}
