package io.safetynet.settle;

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

  /** Spark's Row encoder takes arrays as Scala sequences. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.collection.JavaConverters.asScalaBuffer(list).toSeq();
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
    return RowFactory.create(
        s.claimId(),
        s.personId(),
        e == null ? null : e.householdId(),
        e == null ? null : e.regionCode(),
        policy == null ? null : policy.id(),
        policy == null ? null : policy.file(),
        policy == null ? null : policy.version(),
        s.insuranceYear(),
        c.facilityId(),
        f == null ? null : f.regionCode(),
        s.tier() == null ? null : s.tier().name(),
        s.visitType().name(),
        in.getAs("admission_date"),
        in.getAs("discharge_date"),
        c.diagnosisCode(),
        s.category().name(),
        in.getAs("status"),
        in.getAs("emergency"),
        inCounty,
        referralCompliant,
        s.totalCost(),
        s.inPolicyCost(),
        s.outOfCatalogueCost(),
        s.basic(),
        s.critical(),
        s.assistance(),
        s.supplementaryInPolicy(),
        s.supplementaryOutOfCatalogue(),
        s.supplementary(),
        s.hospitalBorne(),
        s.patientOop(),
        s.fundsPaid(),
        seq(flags),
        seq(trace),
        in.getAs("reported_basic_paid"),
        in.getAs("reported_critical_paid"),
        in.getAs("reported_assistance_paid"),
        in.getAs("reported_supplementary_paid"),
        in.getAs("settled_at"),
        inputHash);
  }
}
