package io.safetynet.explain;

import io.safetynet.indicators.Format;
import io.safetynet.indicators.Tables;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safetynet.explain.TraceSentences.Lang;
import io.safetynet.text.TerminalText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The settlement of one claim, for {@code jobs/safetynet explain --claim ID}: in words (a summary, one sentence per
 * trace step, what each fund paid; Chinese or English, see {@link TraceSentences}), or as JSON with the raw trace
 * steps for machines. Reads only {@code settlement}, which holds no raw personal data. Every value from the data is
 * printed escaped ({@link TerminalText}) and a missing value is left out, never printed as "null".
 */
public final class ExplainClaim {
  private static final Map<String, String[]> TIERS = Map.of(
      "LEVEL1", new String[] {"一级及以下医院", "level-1 or lower hospital"},
      "LEVEL2", new String[] {"二级医院", "level-2 hospital"},
      "LEVEL3", new String[] {"三级医院", "level-3 hospital"},
      "OUT_OF_AREA", new String[] {"统筹区外医院", "hospital outside the pooling area"});
  private static final Map<String, String[]> VISITS = Map.of(
      "INPATIENT", new String[] {"住院", "inpatient stay"},
      "DAY_CASE", new String[] {"日间手术", "day case"},
      "OUTPATIENT_GENERAL", new String[] {"普通门诊", "general outpatient visit"},
      "OUTPATIENT_CHRONIC", new String[] {"门诊慢性病", "outpatient chronic-disease visit"},
      "OUTPATIENT_SEVERE", new String[] {"门诊重症", "outpatient severe-disease visit"});
  private static final Map<String, String[]> STATUSES = Map.of(
      "ACTIVE", new String[] {"有效", "active"},
      "REVERSED", new String[] {"已冲销", "reversed"});
  private static final Map<String, String[]> FLAGS = Map.of(
      "NOT_ENROLLED", new String[] {"未参保", "not enrolled"},
      "NO_POLICY", new String[] {"无适用政策", "no policy applies"},
      "NON_DESIGNATED", new String[] {"非定点医疗机构", "not a designated facility"},
      "EXCLUDED", new String[] {"不属于支付范围", "excluded from cover"},
      "REFERRAL_NON_COMPLIANT", new String[] {"未按规定转诊", "not referred as required"},
      "OUT_OF_CATALOGUE_EXCESS", new String[] {"目录外费用超限", "out-of-catalogue cost over the limit"},
      "NOT_ON_DISEASE_LIST", new String[] {"不在病种目录内", "not on the disease list"},
      "NOT_COVERED_AT_TIER", new String[] {"该级别医院不予保障", "not covered at this hospital level"},
      "REVERSED", new String[] {"已冲销", "reversed"});

  private final String warehouseRoot;

  public ExplainClaim(String warehouseRoot) {
    this.warehouseRoot = warehouseRoot;
  }

  /** The claim's settlement in words, in {@code lang}. */
  public List<String> explain(SparkSession spark, String claimId, Lang lang) {
    Row r = find(spark, claimId);
    boolean zh = lang == Lang.zh;
    List<String> lines = new ArrayList<>();
    lines.add(summary(r, claimId, lang));
    lines.add(zh
        ? "总费用 " + m(r, "total_cost") + " 元 = 政策范围内 " + m(r, "in_policy_cost") + " 元 + 目录外 "
            + m(r, "out_of_catalogue_cost") + " 元"
        : "Total " + m(r, "total_cost") + " yuan = in-policy " + m(r, "in_policy_cost") + " + out-of-catalogue "
            + m(r, "out_of_catalogue_cost"));
    int step = 1;
    for (Row t : trace(r)) {
      lines.add(step++ + ". " + TerminalText.value(TraceSentences.sentence(t.getAs("rule"), t.getAs("clause"),
          t.getAs("amount"), t.getAs("detail"), column -> value(r, column), lang)));
    }
    lines.add(zh
        ? "支付合计：基本医保 " + m(r, "basic_paid") + " 元，大病保险 " + m(r, "critical_paid") + " 元，医疗救助 "
            + m(r, "assistance_paid") + " 元，补充保险 " + m(r, "supplementary_paid") + " 元；医院承担 "
            + m(r, "hospital_borne") + " 元；个人自付 " + m(r, "patient_oop") + " 元"
        : "Paid: basic " + m(r, "basic_paid") + ", critical illness " + m(r, "critical_paid") + ", assistance "
            + m(r, "assistance_paid") + ", supplementary " + m(r, "supplementary_paid") + "; hospital-borne "
            + m(r, "hospital_borne") + "; patient " + m(r, "patient_oop") + " (yuan)");
    List<String> flags = r.getList(r.fieldIndex("flags"));
    if (flags != null && !flags.isEmpty()) {
      lines.add((zh ? "标记：" : "Flags: ") + flags.stream().filter(Objects::nonNull)
          .map(f -> words(FLAGS, f, lang) + (!FLAGS.containsKey(f) ? "" : zh ? "（" + f + "）" : " (" + f + ")"))
          .collect(Collectors.joining(zh ? "；" : "; ")));
    }
    return lines;
  }

  /** The machine form: the claim id, status, flags and the raw trace steps (rule, clause, amount, detail). */
  public String json(SparkSession spark, String claimId) {
    Row r = find(spark, claimId);
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Row t : trace(r)) {
      Map<String, Object> step = new LinkedHashMap<>();
      for (String f : List.of("rule", "clause", "amount", "detail")) {
        step.put(f, t.getAs(f));
      }
      steps.add(step);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("claim_id", claimId);
    out.put("status", value(r, "status"));
    out.put("flags", r.getList(r.fieldIndex("flags")));
    out.put("trace", steps);
    try {
      return new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write claim " + claimId + " as JSON: " + e.getMessage(), e);
    }
  }

  private Row find(SparkSession spark, String claimId) {
    List<Row> rows = Tables.read(spark, warehouseRoot, "settlement").filter(col("claim_id").equalTo(claimId))
        .collectAsList();
    if (rows.isEmpty()) {
      throw new UnknownClaimException("no claim " + claimId + " in the settlement table; try `sql \"select claim_id"
          + " from settlement limit 5\"`, or run settle if the claim was ingested since");
    }
    return rows.get(0);
  }

  /** "单据 X1：2018-03-01 至 2018-03-10 在 F1（二级医院，县 420922）住院 ...": parts whose value is missing are left out. */
  private static String summary(Row r, String claimId, Lang lang) {
    boolean zh = lang == Lang.zh;
    List<String> parts = new ArrayList<>();
    String visit = words(VISITS, value(r, "visit_type"), lang);
    String tier = words(TIERS, value(r, "tier"), lang);
    String county = s(r, "facility_region_code");
    String where = s(r, "facility_id");
    List<String> whereDetail = new ArrayList<>();
    if (tier != null) {
      whereDetail.add(tier);
    }
    if (county != null) {
      whereDetail.add((zh ? "县 " : "county ") + county);
    }
    if (where != null && !whereDetail.isEmpty()) {
      where += zh ? "（" + String.join("，", whereDetail) + "）" : " (" + String.join(", ", whereDetail) + ")";
    }
    String from = s(r, "admission_date");
    String to = s(r, "discharge_date");
    String when = from == null || to == null ? null : zh ? from + " 至 " + to : "from " + from + " to " + to;
    if (zh) {
      parts.add(join(" ", when, where == null ? null : "在 " + where) + (visit == null ? "" : visit));
    } else {
      parts.add(join(" ", visit, where == null ? null : "at " + where, when));
    }
    String diagnosis = s(r, "diagnosis_code");
    if (diagnosis != null) {
      parts.add((zh ? "诊断 " : "diagnosis ") + diagnosis);
    }
    String person = s(r, "person_id");
    String category = TraceSentences.category(value(r, "category"), lang);
    if (person != null || category != null) {
      parts.add(zh ? join("，", person == null ? null : "参保人 " + person, category == null ? null : "类别：" + category)
          : join(", ", person == null ? null : "person " + person, category));
    }
    String policy = s(r, "policy_id");
    if (policy != null) {
      String version = s(r, "policy_version");
      parts.add(zh ? "政策 " + policy + (version == null ? "" : "（版本 " + version + "）")
          : "policy " + policy + (version == null ? "" : " version " + version));
    }
    String status = words(STATUSES, value(r, "status"), lang);
    if (status != null) {
      parts.add((zh ? "状态：" : "status ") + status);
    }
    parts.removeIf(p -> p == null || p.isEmpty());
    return zh ? "单据 " + TerminalText.value(claimId) + "：" + String.join("；", parts)
        : "Claim " + TerminalText.value(claimId) + ": " + String.join("; ", parts);
  }

  private static List<Row> trace(Row r) {
    List<Row> trace = r.getList(r.fieldIndex("trace"));
    return trace == null ? List.of() : trace.stream().filter(Objects::nonNull).toList();
  }

  private static String join(String separator, String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        present.add(p);
      }
    }
    return String.join(separator, present);
  }

  /** A code in words (LEVEL2 -> 二级医院); an unknown code escaped as it is; null stays null. */
  private static String words(Map<String, String[]> table, Object code, Lang lang) {
    if (code == null) {
      return null;
    }
    String[] names = table.get(code.toString());
    return names == null ? TerminalText.value(code) : names[lang.ordinal()];
  }

  /** A column's value, null when the column is absent or empty. */
  private static Object value(Row r, String column) {
    int i;
    try {
      i = r.fieldIndex(column);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return r.isNullAt(i) ? null : r.get(i);
  }

  /** A data value as printable text, escaped; null when missing. */
  private static String s(Row r, String column) {
    Object v = value(r, column);
    return v == null ? null : TerminalText.value(v);
  }

  private static String m(Row r, String column) {
    return Format.yuan((BigDecimal) value(r, column));
  }
}
