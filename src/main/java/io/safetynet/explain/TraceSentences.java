package io.safetynet.explain;

import io.safetynet.indicators.Format;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One settlement trace step as a sentence an inspector or a patient's family can read, in Chinese or English:
 * what the step is (by rule name), the amounts it is about (from the claim), then the engine's own arithmetic and
 * the policy clause it rests on. Table-driven: a rule name maps to a template per language; a rule not in the
 * table (a new one, such as a ruling) is still said, by its name, amount and detail.
 */
public final class TraceSentences {
  /** Output language: Chinese (default) or English. */
  public enum Lang {
    zh, en
  }

  /**
   * Values a template may name: {amount}, {T}, {P}, {O}, {category} from the step and the claim; {deductible} and
   * {ratio} read from the engine's detail. A part in [brackets] is left out when a value in it is unknown.
   */
  private static final Map<String, String[]> TEMPLATES = Map.ofEntries(
      Map.entry("eligibility", new String[] {"参保身份：按{category}待遇结算", "Eligibility: settled as {category}"}),
      Map.entry("referral", new String[] {"转诊：异地就医的转诊审核", "Referral: the out-of-county admission checked"}),
      Map.entry("out-of-catalogue.control", new String[] {
          "目录外费用控制：目录外费用 {O} 元，超出限额的部分由医院承担 {amount} 元",
          "Out-of-catalogue control: of the out-of-catalogue cost of {O} yuan, the hospital bears {amount} yuan over"
              + " the limit"}),
      Map.entry("out-of-catalogue.monitor", new String[] {
          "目录外费用监测：目录外费用 {O} 元，仅作监测，由个人负担",
          "Out-of-catalogue monitoring: the out-of-catalogue cost of {O} yuan is monitored only and paid by the"
              + " patient"}),
      Map.entry("basic.inpatient", new String[] {
          "基本医保（住院）：政策范围内费用 {P} 元[减起付线 {deductible} 元][，按 {ratio} 报销]，支付 {amount} 元",
          "Basic insurance (inpatient): of the in-policy cost of {P} yuan[ less the deductible of {deductible} yuan]"
              + "[, reimbursed at {ratio}], it pays {amount} yuan"}),
      Map.entry("basic.outpatient-general", new String[] {
          "基本医保（普通门诊）：政策范围内费用 {P} 元[，按 {ratio} 报销]，支付 {amount} 元",
          "Basic insurance (general outpatient): of the in-policy cost of {P} yuan[, reimbursed at {ratio}], it pays"
              + " {amount} yuan"}),
      Map.entry("basic.outpatient-chronic", new String[] {
          "基本医保（门诊慢性病）：政策范围内费用 {P} 元[，按 {ratio} 报销]，支付 {amount} 元",
          "Basic insurance (outpatient chronic disease): of the in-policy cost of {P} yuan[, reimbursed at {ratio}],"
              + " it pays {amount} yuan"}),
      Map.entry("basic.outpatient-severe", new String[] {
          "基本医保（门诊重症）：政策范围内费用 {P} 元[，按 {ratio} 报销]，支付 {amount} 元",
          "Basic insurance (outpatient severe disease): of the in-policy cost of {P} yuan[, reimbursed at {ratio}],"
              + " it pays {amount} yuan"}),
      Map.entry("critical-illness", new String[] {
          "大病保险：对基本医保报销后的政策范围内自付部分，支付 {amount} 元",
          "Critical-illness insurance: on the in-policy cost left after basic insurance, it pays {amount} yuan"}),
      Map.entry("assistance.ratio", new String[] {
          "医疗救助（按比例救助）：[按 {ratio} 救助，]支付 {amount} 元",
          "Medical assistance (a share of the remaining cost): [at {ratio}, ]it pays {amount} yuan"}),
      Map.entry("assistance", new String[] {
          "医疗救助：本类就诊不在医疗救助范围内，支付 {amount} 元",
          "Medical assistance: this kind of visit is not covered by medical assistance; it pays {amount} yuan"}),
      Map.entry("assistance.threshold", new String[] {
          "医疗救助（年度自付超过起点的部分全额救助）：支付 {amount} 元",
          "Medical assistance (in full above the yearly threshold): it pays {amount} yuan"}),
      Map.entry("supplementary.top-up", new String[] {
          "补充保险兜底：补足到目标报销比例，支付 {amount} 元",
          "Supplementary insurance: tops up to the target reimbursement ratio, paying {amount} yuan"}),
      Map.entry("supplementary.oop-ceiling", new String[] {
          "补充保险兜底：个人年度自付超过封顶线的部分，支付 {amount} 元",
          "Supplementary insurance: pays {amount} yuan of what the patient would pay above the yearly ceiling"}),
      Map.entry("patient", new String[] {
          "个人自付：总费用 {T} 元减去各项基金支付和医院承担的部分，个人负担 {amount} 元",
          "Patient: of the total cost of {T} yuan, after the funds and the hospital, the patient pays {amount} yuan"}),
      Map.entry("no-fund", new String[] {"不予支付：本次费用没有基金支付", "No fund pays for this claim"}),
      Map.entry("reversed", new String[] {"已冲销：该单据已作废，不予结算", "Reversed: the claim was voided and is not settled"}));

  private static final Map<String, String[]> CATEGORIES = Map.of(
      "POOR", new String[] {"建档立卡贫困人口", "a registered poor person (建档立卡)"},
      "DIBAO", new String[] {"低保对象", "a minimum-living-allowance recipient (低保)"},
      "TEKUN", new String[] {"特困供养人员", "a person in extreme poverty (特困)"},
      "ORDINARY", new String[] {"普通参保人员", "an ordinary insured person"});

  private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)]");
  /** The engine's "deductible 200" (not "annual deductible applied 0 of 600", which is no single value). */
  private static final Pattern DEDUCTIBLE = Pattern.compile("\\bdeductible (\\d+(?:\\.\\d+)?)");
  /** "ratio 0.8", or "(ratio 0.8 - referral penalty 0.1)": the ratio applied is then 0.7. */
  private static final Pattern RATIO =
      Pattern.compile("\\bratio (\\d+(?:\\.\\d+)?)(?: - referral penalty (\\d+(?:\\.\\d+)?))?");
  /** "exited null" and the like: a value the engine did not have, left out rather than printed as null. */
  private static final Pattern NULL_VALUE = Pattern.compile(",?\\s*\\b[\\w-]+ null\\b");

  private TraceSentences() {}

  /**
   * The sentence for one step, e.g. "基本医保（住院）：政策范围内费用 18,800.00 元，支付 14,880.00 元。计算：(P 18800 -
   * deductible 200 [...]) x ratio 0.8 = 14880（依据：001 孝感市… 三、(二)4 住院待遇）". {@code claim} gives the
   * claim's values by column name (null when absent).
   */
  public static String sentence(String rule, String clause, BigDecimal amount, String detail,
      Function<String, Object> claim, Lang lang) {
    boolean zh = lang == Lang.zh;
    String[] template = TEMPLATES.get(rule);
    String said = template == null ? generic(rule, amount, zh)
        : fill(template[lang.ordinal()], amount, detail == null ? "" : detail, claim, lang);
    StringBuilder b = new StringBuilder(said);
    String arithmetic = arithmetic(detail, lang);
    if (arithmetic != null) {
      b.append(zh ? "。计算：" : ". Working: ").append(arithmetic);
    }
    String basis = Citations.readable(clause, lang);
    if (basis != null) {
      b.append(zh ? "（依据：" : " (basis: ").append(basis).append(zh ? "）" : ")");
    }
    return b.append(zh ? "。" : ".").toString();
  }

  /** A category code in words: POOR -> 建档立卡贫困人口; an unknown code as it is. */
  static String category(Object code, Lang lang) {
    if (code == null) {
      return null;
    }
    String[] names = CATEGORIES.get(code.toString());
    return names == null ? code.toString() : names[lang.ordinal()];
  }

  /** A rule the table does not know yet: its name and amount, so nothing is ever dropped or fails. */
  private static String generic(String rule, BigDecimal amount, boolean zh) {
    String name = rule == null || rule.isBlank() ? (zh ? "（未命名规则）" : "(unnamed rule)") : rule;
    if (amount == null) {
      return name;
    }
    return zh ? name + "：" + Format.yuan(amount) + " 元" : name + ": " + Format.yuan(amount) + " yuan";
  }

  private static String fill(String template, BigDecimal amount, String detail, Function<String, Object> claim,
      Lang lang) {
    Matcher optional = OPTIONAL.matcher(template);
    StringBuilder b = new StringBuilder();
    while (optional.find()) {
      String part = values(optional.group(1), null, amount, detail, claim, lang);
      optional.appendReplacement(b, Matcher.quoteReplacement(part == null ? "" : part));
    }
    return values(optional.appendTail(b).toString(), "-", amount, detail, claim, lang);
  }

  /** The text with its {name} slots filled; an unknown value is {@code missing}, or makes it all null if that is. */
  private static String values(String text, String missing, BigDecimal amount, String detail,
      Function<String, Object> claim, Lang lang) {
    Matcher m = SLOT.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "amount" -> yuan(amount);
        case "T" -> yuan((BigDecimal) claim.apply("total_cost"));
        case "P" -> yuan((BigDecimal) claim.apply("in_policy_cost"));
        case "O" -> yuan((BigDecimal) claim.apply("out_of_catalogue_cost"));
        case "category" -> category(claim.apply("category"), lang);
        case "deductible" -> {
          Matcher d = DEDUCTIBLE.matcher(detail);
          yield d.find() ? yuan(new BigDecimal(d.group(1))) : null;
        }
        case "ratio" -> {
          Matcher r = RATIO.matcher(detail);
          yield r.find() ? percent(new BigDecimal(r.group(1))
              .subtract(r.group(2) == null ? BigDecimal.ZERO : new BigDecimal(r.group(2)))) : null;
        }
        default -> m.group();
      };
      if (value == null && missing == null) {
        return null;
      }
      value = value == null ? missing : value;
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    return m.appendTail(b).toString();
  }

  private static String yuan(BigDecimal v) {
    return v == null ? null : Format.yuan(v);
  }

  /** 0.8 -> "80%", 0.725 -> "72.5%". */
  private static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** The engine's detail with seed file names as titles and unknown (null) values left out. */
  private static String arithmetic(String detail, Lang lang) {
    if (detail == null || detail.isBlank()) {
      return null;
    }
    return Citations.titles(NULL_VALUE.matcher(detail).replaceAll(""), lang);
  }
}
