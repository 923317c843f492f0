package io.safetynet.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.safetynet.policy.Category;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the golden settlement cases in {@code src/test/resources/golden/*.yaml}: a policy analyst's data files of
 * claims in and amounts out (format described at the top of each file).
 */
final class GoldenCases {
  static final Path DIR = Path.of("src/test/resources/golden");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One case: the person-year to settle and, per claim id, the expected values by field name. */
  record Case(String file, String policyFile, String id, String clause, String reason, PersonYear input,
      Map<String, Map<String, String>> expected) {}

  static List<Case> all() {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Case> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        out.addAll(read(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Case> read(Path file) throws IOException {
    JsonNode root = YAML.readTree(file.toFile());
    int fileYear = root.get("year").asInt();
    Map<String, Facility> facilities = new HashMap<>();
    root.get("facilities").fields().forEachRemaining(e -> {
      JsonNode f = e.getValue();
      facilities.put(e.getKey(), new Facility(e.getKey(), f.get("region").asText(), Tier.valueOf(f.get("tier").asText()),
          !f.has("designated") || f.get("designated").asBoolean(), f.path("majorDisease").asBoolean(false)));
    });
    List<Case> out = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      String id = c.get("id").asText();
      int year = c.path("year").asInt(fileYear);
      JsonNode person = merged(root.get("person"), c.get("person"));
      List<Enrolment> enrolments = new ArrayList<>();
      List<Integer> years = new ArrayList<>();
      if (person.has("enrolled")) {
        person.get("enrolled").forEach(y -> years.add(y.asInt()));
      } else {
        years.add(year);
      }
      for (int y : years) {
        enrolments.add(new Enrolment("P-" + id, y, person.get("region").asText(), "H-" + id,
            date(person.get("birth")), categories(person.path("categories").asText("ORDINARY")),
            date(person.get("identified")), date(person.get("exited")), false,
            person.path("insured").asBoolean(false)));
      }
      List<Referral> referrals = new ArrayList<>();
      for (JsonNode r : c.path("referrals")) {
        referrals.add(new Referral(r.get("id").asText(), "P-" + id, r.path("from").asText("DW-L1"),
            r.get("to").asText(), date(r.get("issued")), r.path("emergency").asBoolean(false), date(r.get("filed"))));
      }
      List<Claim> claims = new ArrayList<>();
      for (JsonNode k : c.get("claims")) {
        LocalDate dis = date(k.get("dis"));
        claims.add(new Claim(k.get("id").asText(), "P-" + id, k.get("at").asText(),
            VisitType.valueOf(k.get("visit").asText()), k.has("adm") ? date(k.get("adm")) : dis, dis,
            k.path("dx").asText("K80.1"), money(k.get("T")), money(k.get("P")), money(k.get("O")),
            k.path("emergency").asBoolean(false), k.has("referral") ? k.get("referral").asText() : null,
            k.has("exclusion") ? k.get("exclusion").asText() : null,
            "REVERSED".equals(k.path("status").asText("ACTIVE"))));
      }
      Map<String, Map<String, String>> expected = new LinkedHashMap<>();
      c.get("expect").fields().forEachRemaining(e -> {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getValue().fields().forEachRemaining(f -> fields.put(f.getKey(),
            f.getValue().isArray() ? arrayText(f.getValue()) : f.getValue().asText()));
        expected.put(e.getKey(), fields);
      });
      out.add(new Case(file.getFileName().toString(), root.get("policy").asText(), id,
          c.hasNonNull("clause") ? c.get("clause").asText() : null, c.get("reason").asText(),
          new PersonYear("P-" + id, year, enrolments, facilities, referrals, claims), expected));
    }
    return out;
  }

  private static String arrayText(JsonNode a) {
    List<String> items = new ArrayList<>();
    a.forEach(i -> items.add(i.asText()));
    items.sort(null);
    return String.join(",", items);
  }

  private static JsonNode merged(JsonNode base, JsonNode over) {
    com.fasterxml.jackson.databind.node.ObjectNode out = base.deepCopy();
    if (over != null) {
      Iterator<Map.Entry<String, JsonNode>> it = over.fields();
      it.forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static LocalDate date(JsonNode n) {
    return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
  }

  private static BigDecimal money(JsonNode n) {
    return Money.round(new BigDecimal(n.asText()));
  }

  private static EnumSet<Category> categories(String s) {
    EnumSet<Category> set = EnumSet.noneOf(Category.class);
    for (String c : s.split("\\|")) {
      set.add(Category.valueOf(c.trim()));
    }
    return set;
  }
}
