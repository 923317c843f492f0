package io.safetynet.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.explain.TraceSentences.Lang;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TraceSentencesTest {
  /** POLICY.md's worked example X1: T 20000, P 18800, O 1200, a poor person. */
  private static final Function<String, Object> X1 = Map.<String, Object>of("total_cost", new BigDecimal("20000.00"),
      "in_policy_cost", new BigDecimal("18800.00"), "out_of_catalogue_cost", new BigDecimal("1200.00"),
      "category", "POOR")::get;
  private static final String CLAUSE = "001_13153c10c1d4bd39.txt 三、(二)4 住院待遇";
  private static final String DETAIL = "(P 18800 - deductible 200 [" + CLAUSE + "]) x ratio 0.8 = 14880";

  @Test
  void basicInpatientInChineseAndEnglish() {
    assertEquals("基本医保（住院）：政策范围内费用 18,800.00 元减起付线 200.00 元，按 80% 报销，支付 14,880.00 元。"
            + "计算：(P 18800 - deductible 200 [001 孝感市大悟县健康扶贫医疗保障"
            + "（2018） 三、(二)4 住院待遇]) x ratio 0.8 = 14880（依据：001 孝感市大悟县健康扶贫医疗保障（2018） 三、(二)4 住院待遇）。",
        TraceSentences.sentence("basic.inpatient", CLAUSE, new BigDecimal("14880.00"), DETAIL, X1, Lang.zh));
    assertEquals("Basic insurance (inpatient): of the in-policy cost of 18,800.00 yuan less the deductible of 200.00"
            + " yuan, reimbursed at 80%, it pays 14,880.00 yuan."
            + " Working: (P 18800 - deductible 200 [001 Xiaogan / Dawu health-poverty-alleviation insurance (2018)"
            + " 三、(二)4 住院待遇]) x ratio 0.8 = 14880 (basis: 001 Xiaogan / Dawu health-poverty-alleviation insurance"
            + " (2018) 三、(二)4 住院待遇).",
        TraceSentences.sentence("basic.inpatient", CLAUSE, new BigDecimal("14880.00"), DETAIL, X1, Lang.en));
  }

  @Test
  void theRatioAppliedAfterAReferralPenaltyAndNoDeductibleWhereTheDetailHasNone() {
    assertEquals("基本医保（住院）：政策范围内费用 18,800.00 元减起付线 200.00 元，按 70% 报销，支付 13,160.00 元。计算：(P 18800 - deductible 200)"
            + " x (ratio 0.8 - referral penalty 0.1) = 13160。",
        TraceSentences.sentence("basic.inpatient", "", new BigDecimal("13160.00"),
            "(P 18800 - deductible 200) x (ratio 0.8 - referral penalty 0.1) = 13160", X1, Lang.zh));
    assertEquals("基本医保（门诊重症）：政策范围内费用 18,800.00 元，按 65% 报销，支付 100.00 元。计算：(P 18800 - annual deductible applied 0 of"
            + " 600) x ratio 0.65 = 12220; severe annual cap 100。",
        TraceSentences.sentence("basic.outpatient-severe", null, new BigDecimal("100.00"),
            "(P 18800 - annual deductible applied 0 of 600) x ratio 0.65 = 12220; severe annual cap 100", X1, Lang.zh));
    // without the detail, the sentence says only what it knows
    assertEquals("基本医保（住院）：政策范围内费用 18,800.00 元，支付 14,880.00 元。",
        TraceSentences.sentence("basic.inpatient", null, new BigDecimal("14880.00"), null, X1, Lang.zh));
  }

  @Test
  void nullValuesAndEmptyClausesAreLeftOut() {
    assertEquals("参保身份：按建档立卡贫困人口待遇结算。计算：category POOR on admission 2018-03-01 (held [POOR], identified 2017-03-01)"
            + "（依据：无文件依据的假设：TEKUN > DIBAO > POOR is the default）。",
        TraceSentences.sentence("eligibility", "assumption (TEKUN > DIBAO > POOR is the default)", BigDecimal.ZERO,
            "category POOR on admission 2018-03-01 (held [POOR], identified 2017-03-01, exited null)", X1, Lang.zh));
    assertEquals("Patient: of the total cost of 20,000.00 yuan, after the funds and the hospital, the patient pays"
            + " 2,000.00 yuan.",
        TraceSentences.sentence("patient", "", new BigDecimal("2000.00"), null, X1, Lang.en));
  }

  @Test
  void anUnknownRuleIsSaidByItsNameAmountAndDetail() {
    assertEquals("ruling.r12：300.00 元。计算：R12 applies on 2018-05-01。",
        TraceSentences.sentence("ruling.r12", null, new BigDecimal("300.00"), "R12 applies on 2018-05-01", X1,
            Lang.zh));
    assertEquals("ruling.r12.", TraceSentences.sentence("ruling.r12", "", null, "", X1, Lang.en));
  }
}
