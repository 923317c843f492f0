package io.safetynet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.config.PolicyLoader;
import io.safetynet.policy.Policy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every golden case against the shipped policy config it names. */
class GoldenCasesTest {
  private static final Path POLICIES = Path.of("conf/policies");
  private final Map<String, Policy> loaded = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> goldenCases() {
    return GoldenCases.all().stream()
        .map(c -> DynamicTest.dynamicTest(c.file() + " " + c.id() + ": " + c.reason(), () -> check(c)));
  }

  @Test
  void thereAreAtLeastFortyCasesCoveringEveryShippedRegion() {
    List<GoldenCases.Case> all = GoldenCases.all();
    assertTrue(all.size() >= 40, "golden cases: " + all.size());
    TreeSet<String> policies = new TreeSet<>();
    all.forEach(c -> policies.add(c.policyFile()));
    assertEquals(new TreeSet<>(List.of(POLICIES.toFile().list((d, n) -> n.endsWith(".yaml")))), policies);
  }

  /** The rulings issue: at least 15 hand-worked cases for each of these regions, each citing what it tests. */
  @Test
  void everyRulingRegionHasFifteenCasesEachCitingItsClause() {
    Map<String, Integer> counts = new HashMap<>();
    for (GoldenCases.Case c : GoldenCases.all()) {
      if (List.of("gansu.yaml", "fuxin.yaml", "alxa.yaml", "shanghai.yaml").contains(c.file())) {
        counts.merge(c.file(), 1, Integer::sum);
        assertTrue(c.clause() != null && !c.clause().isBlank(), c.file() + " " + c.id() + " cites no clause");
      }
    }
    counts.forEach((file, n) -> assertTrue(n >= 15, file + " has " + n + " cases"));
    assertEquals(4, counts.size(), counts.toString());
  }

  /** Every ruling R1-R5 and R7 that changes an amount is tested by a case citing it. */
  @Test
  void everyEngineRulingIsCitedByACase() {
    TreeSet<String> cited = new TreeSet<>();
    for (GoldenCases.Case c : GoldenCases.all()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("R[1-8]").matcher(String.valueOf(c.clause()));
      while (m.find()) {
        cited.add(m.group());
      }
    }
    assertTrue(cited.containsAll(List.of("R1", "R2", "R3", "R4", "R5", "R7")), cited.toString());
  }

  private void check(GoldenCases.Case c) {
    Policy policy = loaded.computeIfAbsent(c.policyFile(), f -> PolicyLoader.load(POLICIES.resolve(f)));
    List<ClaimSettlement> settled = new SettlementEngine().settle(policy, c.input());
    Map<String, ClaimSettlement> byId = new HashMap<>();
    settled.forEach(s -> byId.put(s.claimId(), s));
    List<String> failures = new ArrayList<>();
    c.expected().forEach((claimId, fields) -> {
      ClaimSettlement s = byId.get(claimId);
      fields.forEach((field, want) -> {
        if (field.equals("trace")) {
          // the rulings issue: the trace of a claim a ruling changes names the ruling
          String trace = s.trace().stream().map(t -> t.rule() + " " + t.clause() + " " + t.detail())
              .reduce("", (a, b) -> a + "\n" + b);
          for (String mention : want.split(",")) {
            if (!trace.contains(mention)) {
              failures.add(claimId + ".trace does not mention " + mention);
            }
          }
          return;
        }
        String got = actual(s, field);
        boolean same = field.equals("category") || field.equals("flags")
            ? want.equals(got)
            : new BigDecimal(want).compareTo(new BigDecimal(got)) == 0;
        if (!same) {
          failures.add(claimId + "." + field + ": expected " + want + " but was " + got);
        }
      });
      if (!s.flags().contains(Flag.REVERSED)) {
        assertEquals(0, s.fundsPaid().add(s.hospitalBorne()).add(s.patientOop()).compareTo(s.totalCost()),
            claimId + ": funds + hospital + patient != T");
      }
    });
    if (!failures.isEmpty()) {
      StringBuilder trace = new StringBuilder();
      settled.forEach(s -> {
        trace.append("\n  ").append(s.claimId()).append(':');
        s.trace().forEach(t -> trace.append("\n    ").append(t.rule()).append(" ").append(t.amount()).append(" ")
            .append(t.detail()));
      });
      throw new AssertionError(String.join("; ", failures) + trace);
    }
    // a claim whose expectation lists no flags must have none
    c.expected().forEach((claimId, fields) -> {
      if (!fields.containsKey("flags")) {
        assertEquals("", actual(byId.get(claimId), "flags"), claimId + " flags");
      }
    });
  }

  private static String actual(ClaimSettlement s, String field) {
    return switch (field) {
      case "basic" -> s.basic().toPlainString();
      case "critical" -> s.critical().toPlainString();
      case "assistance" -> s.assistance().toPlainString();
      case "supp" -> s.supplementary().toPlainString();
      case "suppOoc" -> s.supplementaryOutOfCatalogue().toPlainString();
      case "hospital" -> s.hospitalBorne().toPlainString();
      case "patient" -> s.patientOop().toPlainString();
      case "category" -> s.category().name();
      case "flags" -> String.join(",", new TreeSet<>(s.flags().stream().map(Enum::name).toList()));
      default -> throw new IllegalArgumentException("unknown expected field " + field);
    };
  }
}
