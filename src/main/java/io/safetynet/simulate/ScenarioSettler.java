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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Settles each person-year of a partition of the person stream ({@code SettleInputs.personStream}) under the
 * baseline and under every scenario, and emits one wide {@link ScenarioRows} row per active claim holding every
 * scenario's amounts: one pass over the data for all scenarios. A person-year whose region a scenario does not
 * change reuses the baseline settlement (the same policy object), so unchanged regions are settled once; a claim a
 * scenario settles exactly as the baseline leaves that scenario's columns null ({@link ScenarioRows#value}). Holds
 * one person-year at a time.
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
    int n = names.size();
    Policy[] policies = new Policy[n];
    List<Map<String, ClaimSettlement>> byScenario = new ArrayList<>(n);
    policies[0] = policy(registries.get(0), e, year);
    List<ClaimSettlement> base = engine.settle(policies[0], py);
    Map<String, ClaimSettlement> baseById = new HashMap<>();
    base.forEach(s -> baseById.put(s.claimId(), s));
    byScenario.add(baseById);
    for (int i = 1; i < n; i++) {
      policies[i] = policy(registries.get(i), e, year);
      if (policies[i] == policies[0]) {
        byScenario.add(baseById);
      } else {
        Map<String, ClaimSettlement> m = new HashMap<>();
        engine.settle(policies[i], py).forEach(s -> m.put(s.claimId(), s));
        byScenario.add(m);
      }
    }
    List<Row> out = new ArrayList<>(base.size());
    int width = ScenarioRows.CLAIM.size() + n * ScenarioRows.PER_SCENARIO.size();
    for (ClaimSettlement b : base) {
      Row in = byId.get(b.claimId());
      if (!"ACTIVE".equals(in.getAs("status"))) {
        continue; // reversed claims are void for every indicator
      }
      Object[] row = new Object[width];
      int k = claimColumns(row, b, in, e);
      for (int i = 0; i < n; i++) {
        if (i > 0 && policies[i] == policies[0]) {
          // settled as the baseline (weight 1 too): left null, read as the baseline's (ScenarioRows.value)
          k += ScenarioRows.PER_SCENARIO.size();
          continue;
        }
        ClaimSettlement s = byScenario.get(i).get(b.claimId());
        BigDecimal w = i == 0 || response == null ? BigDecimal.ONE
            : response.weight(s.visitType(), b.patientOop(), s.patientOop());
        int from = k;
        k = scenarioColumns(row, k, s, policies[i], w);
        if (i > 0 && sameAsBaseline(row, from)) {
          // most claims settle alike under a changed parameter (few reach a changed deductible): null, read as
          // the baseline's, which keeps the cache small and skips the decimal conversions
          Arrays.fill(row, from, k, null);
        }
      }
      out.add(RowFactory.create(row));
    }
    return out;
  }

  /** Whether the scenario block at {@code from} equals the baseline's, value for value (decimals by value). */
  private static boolean sameAsBaseline(Object[] row, int from) {
    int base = ScenarioRows.CLAIM.size();
    for (int j = 0; j < ScenarioRows.PER_SCENARIO.size(); j++) {
      Object a = row[base + j];
      Object b = row[from + j];
      boolean same = a instanceof BigDecimal x && b instanceof BigDecimal y
          ? x.compareTo(y) == 0 : Objects.equals(a, b);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** The {@link ScenarioRows#CLAIM} columns; returns the next index. */
  private static int claimColumns(Object[] row, ClaimSettlement s, Row in, Enrolment e) {
    int k = 0;
    row[k++] = s.personId();
    row[k++] = e == null ? null : e.householdId();
    row[k++] = e == null ? null : e.regionCode();
    row[k++] = s.insuranceYear();
    row[k++] = s.category().name();
    row[k++] = s.visitType().name();
    row[k++] = in.getAs("diagnosis_code");
    row[k++] = in.getAs("status");
    row[k++] = in.getAs("admission_date");
    row[k++] = in.getAs("discharge_date");
    row[k++] = in.getAs("settled_at");
    return k;
  }

  /** One scenario's {@link ScenarioRows#PER_SCENARIO} columns from index {@code k}; returns the next index. */
  private static int scenarioColumns(Object[] row, int k, ClaimSettlement s, Policy p, BigDecimal w) {
    BigDecimal total = UtilisationResponse.scale(s.totalCost(), w);
    BigDecimal basic = UtilisationResponse.scale(s.basic(), w);
    BigDecimal critical = UtilisationResponse.scale(s.critical(), w);
    BigDecimal assistance = UtilisationResponse.scale(s.assistance(), w);
    BigDecimal suppIn = UtilisationResponse.scale(s.supplementaryInPolicy(), w);
    BigDecimal suppOoc = UtilisationResponse.scale(s.supplementaryOutOfCatalogue(), w);
    BigDecimal hospital = UtilisationResponse.scale(s.hospitalBorne(), w);
    BigDecimal funds = basic.add(critical).add(assistance).add(suppIn).add(suppOoc);
    row[k++] = p == null ? null : p.id();
    row[k++] = w;
    row[k++] = total;
    row[k++] = UtilisationResponse.scale(s.inPolicyCost(), w);
    row[k++] = basic;
    row[k++] = critical;
    row[k++] = assistance;
    row[k++] = suppIn;
    row[k++] = suppIn.add(suppOoc);
    // patient OOP as the remainder keeps funds + hospital + OOP = total exact after scaling
    row[k++] = total.subtract(funds).subtract(hospital);
    row[k++] = funds;
    return k;
  }

  private static Policy policy(PolicyRegistry registry, Enrolment e, int year) {
    return e == null ? null : registry.find(e.regionCode(), year).orElse(null);
  }
}
