package io.safetynet.simulate;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.engine.ClaimSettlement;
import io.safetynet.engine.Enrolment;
import io.safetynet.engine.Facility;
import io.safetynet.engine.PersonYear;
import io.safetynet.engine.SettlementEngine;
import io.safetynet.policy.Policy;
import io.safetynet.settle.PersonYearInput;
import io.safetynet.settle.PersonYearRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Settles each person-year of a partition of the person stream ({@code SettleInputs.personStream}) under the
 * baseline and under every scenario, and emits one {@link ScenarioRows} row per active claim and scenario: one pass over the data for all
 * scenarios. A person-year whose region a scenario does not change reuses the baseline settlement (the same
 * policy object), so unchanged regions are settled once. Holds one person-year at a time.
 */
final class ScenarioSettler implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final Broadcast<Map<String, Facility>> facilities;
  private final List<String> names;
  private final List<PolicyRegistry> registries;
  private final UtilisationResponse response;
  private final SettlementEngine engine = new SettlementEngine();

  /** {@code names.get(0)} / {@code registries.get(0)} are the baseline; {@code response} may be null (off). */
  ScenarioSettler(Broadcast<Map<String, Facility>> facilities, List<String> names, List<PolicyRegistry> registries,
      UtilisationResponse response) {
    this.facilities = facilities;
    this.names = List.copyOf(names);
    this.registries = List.copyOf(registries);
    this.response = response;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Map<String, Facility> fac = facilities.value();
    return PersonYearRows.perPersonYear(rows, py -> settle(py, fac));
  }

  private List<Row> settle(PersonYearInput input, Map<String, Facility> fac) {
    int year = input.year();
    PersonYear py = PersonYearRows.personYear(input, fac);
    Enrolment e = py.enrolments().isEmpty() ? null : py.enrolments().get(0);
    Map<String, Row> byId = new HashMap<>();
    for (Row r : input.claims()) {
      byId.put(r.getAs("claim_id"), r);
    }
    Policy basePolicy = policy(registries.get(0), e, year);
    List<ClaimSettlement> base = engine.settle(basePolicy, py);
    Map<String, ClaimSettlement> baseById = new HashMap<>();
    base.forEach(s -> baseById.put(s.claimId(), s));
    List<Row> out = new ArrayList<>(base.size() * names.size());
    for (int i = 0; i < names.size(); i++) {
      Policy p = i == 0 ? basePolicy : policy(registries.get(i), e, year);
      List<ClaimSettlement> settled = p == basePolicy ? base : engine.settle(p, py);
      for (ClaimSettlement s : settled) {
        Row in = byId.get(s.claimId());
        if (!"ACTIVE".equals(in.getAs("status"))) {
          continue; // reversed claims are void for every indicator
        }
        BigDecimal w = i == 0 || response == null ? BigDecimal.ONE
            : response.weight(s.visitType(), baseById.get(s.claimId()).patientOop(), s.patientOop());
        out.add(row(names.get(i), s, in, e, p, w));
      }
    }
    return out;
  }

  private static Policy policy(PolicyRegistry registry, Enrolment e, int year) {
    return e == null ? null : registry.find(e.regionCode(), year).orElse(null);
  }

  private static Row row(String scenario, ClaimSettlement s, Row in, Enrolment e, Policy p, BigDecimal w) {
    BigDecimal total = UtilisationResponse.scale(s.totalCost(), w);
    BigDecimal basic = UtilisationResponse.scale(s.basic(), w);
    BigDecimal critical = UtilisationResponse.scale(s.critical(), w);
    BigDecimal assistance = UtilisationResponse.scale(s.assistance(), w);
    BigDecimal suppIn = UtilisationResponse.scale(s.supplementaryInPolicy(), w);
    BigDecimal suppOoc = UtilisationResponse.scale(s.supplementaryOutOfCatalogue(), w);
    BigDecimal hospital = UtilisationResponse.scale(s.hospitalBorne(), w);
    BigDecimal funds = basic.add(critical).add(assistance).add(suppIn).add(suppOoc);
    // patient OOP as the remainder keeps funds + hospital + OOP = total exact after scaling
    BigDecimal oop = total.subtract(funds).subtract(hospital);
    return RowFactory.create(
        scenario,
        s.claimId(),
        s.personId(),
        e == null ? null : e.householdId(),
        e == null ? null : e.regionCode(),
        p == null ? null : p.id(),
        p == null ? null : p.version(),
        s.insuranceYear(),
        s.category().name(),
        s.visitType().name(),
        s.tier() == null ? null : s.tier().name(),
        in.getAs("diagnosis_code"),
        in.getAs("status"),
        in.getAs("admission_date"),
        in.getAs("discharge_date"),
        in.getAs("settled_at"),
        w,
        total,
        UtilisationResponse.scale(s.inPolicyCost(), w),
        UtilisationResponse.scale(s.outOfCatalogueCost(), w),
        basic,
        critical,
        assistance,
        suppIn,
        suppOoc,
        suppIn.add(suppOoc),
        hospital,
        oop,
        funds);
  }
}
