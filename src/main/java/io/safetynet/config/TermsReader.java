package io.safetynet.config;

import io.safetynet.config.ConfigNode.Kind;
import io.safetynet.policy.Category;
import io.safetynet.policy.DiseaseList;
import io.safetynet.policy.DiseaseTarget;
import io.safetynet.policy.Eligibility;
import io.safetynet.policy.MedicalAssistance;
import io.safetynet.policy.OutOfCatalogueLimits;
import io.safetynet.policy.Param;
import io.safetynet.policy.PolicyTerms;
import io.safetynet.policy.ReferralRule;
import io.safetynet.policy.SupplementaryInsurance;
import io.safetynet.policy.Target;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the terms sections of one period's tree into {@link PolicyTerms}. */
final class TermsReader {
  /** The top-level keys that hold terms (and so the only ones an amendment or scenario may change). */
  static final List<String> SECTIONS = List.of("diseaseLists", "eligibility", "referral", "outOfCatalogue", "basic",
      "critical", "assistance", "supplementary", "targets");

  private TermsReader() {}

  static PolicyTerms read(ConfigNode root) {
    DiseaseLists lists = DiseaseLists.read(root.optional("diseaseLists"));
    SupplementaryInsurance supplementary = supplementary(root.required("supplementary"), lists);
    PolicyTerms terms = new PolicyTerms(
        eligibility(root.required("eligibility")),
        referral(root.required("referral")),
        outOfCatalogue(root.required("outOfCatalogue")),
        BasicReader.read(root.required("basic"), lists),
        CriticalReader.read(root.required("critical")),
        assistance(root.required("assistance"), lists),
        supplementary,
        targets(root.required("targets"), lists));
    checkBasicRatioWithPenalty(root, terms);
    return terms;
  }

  private static Eligibility eligibility(ConfigNode n) {
    n.allowKeys("precedence");
    List<Category> precedence = EnumKeys.categoryList(n.required("precedence"));
    if (precedence.contains(Category.ORDINARY)) {
      throw n.fail(n.childPath("precedence"), "ORDINARY is not a special category",
          "list only TEKUN, DIBAO and POOR, the winner first");
    }
    return new Eligibility(precedence, n.source());
  }

  private static ReferralRule referral(ConfigNode n) {
    n.allowKeys("required", "emergencyWorkingDays", "basicRatioPenalty", "withholdSupplementary");
    return new ReferralRule(
        n.required("required").bool(),
        n.required("emergencyWorkingDays").integer(),
        n.required("basicRatioPenalty").param(Kind.RATIO),
        n.required("withholdSupplementary").bool(),
        n.source());
  }

  private static OutOfCatalogueLimits outOfCatalogue(ConfigNode n) {
    n.allowKeys("limits", "categories", "hospitalBearsExcess", "patientShare");
    boolean hospitalBears = n.required("hospitalBearsExcess").bool();
    Param patientShare = null;
    if (hospitalBears) {
      patientShare = n.required("patientShare").param(Kind.RATIO);
    } else if (n.has("patientShare")) {
      throw n.fail(n.childPath("patientShare"), "patientShare applies only when hospitalBearsExcess is true",
          "remove patientShare, or set hospitalBearsExcess: true");
    }
    return new OutOfCatalogueLimits(
        EnumKeys.tierParams(n.required("limits"), Kind.RATIO),
        EnumKeys.categorySet(n.required("categories")),
        hospitalBears,
        patientShare,
        n.source());
  }

  private static MedicalAssistance assistance(ConfigNode n, DiseaseLists lists) {
    if (isNone(n)) {
      return MedicalAssistance.none();
    }
    n.allowKeys("ratio", "diseases", "visitTypes", "annualCap", "threshold", "thresholdCategories");
    Map<Category, Param> ratio = n.has("ratio")
        ? EnumKeys.categoryParams(n.required("ratio"), Kind.RATIO, false, false) : Map.of();
    Map<Category, Param> cap = n.has("annualCap")
        ? EnumKeys.categoryParams(n.required("annualCap"), Kind.MONEY, false, true) : Map.of();
    for (Category c : ratio.keySet()) {
      if (!n.has("annualCap") || !coversKey(n.required("annualCap"), c)) {
        throw n.fail(n.childPath("annualCap") + "." + c, "no annual cap for " + c + ", which has an assistance ratio",
            "add '" + c + ": <yuan>' (or 'none' for uncapped) under assistance.annualCap");
      }
    }
    Param threshold = n.has("threshold") ? n.required("threshold").param(Kind.MONEY) : null;
    Set<Category> thresholdCategories = n.has("thresholdCategories")
        ? EnumKeys.categorySet(n.required("thresholdCategories")) : Set.of();
    if (threshold != null && thresholdCategories.isEmpty()) {
      throw n.fail(n.childPath("thresholdCategories"), "a threshold is set but no category benefits from it",
          "add 'thresholdCategories: [SPECIAL]' (or the categories the text names)");
    }
    if (threshold == null && !thresholdCategories.isEmpty()) {
      throw n.fail(n.childPath("threshold"), "thresholdCategories is set but threshold is missing",
          "add 'threshold: <yuan>' or remove thresholdCategories");
    }
    if (ratio.isEmpty() && threshold == null) {
      throw n.fail("assistance pays nothing: neither ratio nor threshold is set",
          "add a ratio per category and/or a threshold, or write 'assistance: none'");
    }
    Set<VisitType> visitTypes = EnumKeys.visitTypeSet(n.required("visitTypes"));
    checkFourInOne(n, visitTypes);
    return new MedicalAssistance(ratio, lists.optional(n, "diseases"), visitTypes, cap, threshold,
        thresholdCategories, n.source());
  }

  private static SupplementaryInsurance supplementary(ConfigNode n, DiseaseLists lists) {
    if (isNone(n)) {
      return SupplementaryInsurance.none();
    }
    n.allowKeys("categories", "requiresEnrolmentFlag", "targets", "diseaseTargets", "base", "oopCeiling");
    Map<VisitType, Param> targets = n.has("targets")
        ? EnumKeys.visitTypeParams(n.required("targets"), Kind.RATIO) : Map.of();
    checkFourInOne(n, targets.keySet());
    List<DiseaseTarget> diseaseTargets = new ArrayList<>();
    if (n.has("diseaseTargets")) {
      for (ConfigNode t : n.required("diseaseTargets").elements()) {
        t.allowKeys("diseases", "target", "visitTypes");
        Set<VisitType> visitTypes = EnumKeys.visitTypeSet(t.required("visitTypes"));
        checkFourInOne(t, visitTypes);
        diseaseTargets.add(new DiseaseTarget(lists.required(t, "diseases"), t.required("target").param(Kind.RATIO),
            visitTypes));
      }
    }
    Param ceiling = n.has("oopCeiling") ? n.required("oopCeiling").param(Kind.MONEY) : null;
    if (targets.isEmpty() && diseaseTargets.isEmpty() && ceiling == null) {
      throw n.fail("supplementary pays nothing: no targets, diseaseTargets or oopCeiling",
          "add targets per visit type, diseaseTargets, or an oopCeiling; or write 'supplementary: none'");
    }
    ConfigNode base = n.required("base");
    return new SupplementaryInsurance(
        EnumKeys.categorySet(n.required("categories")),
        n.required("requiresEnrolmentFlag").bool(),
        targets,
        diseaseTargets,
        EnumKeys.parse(base, base.path(), base.text(), SupplementaryInsurance.TopUpBase.class, "top-up base"),
        ceiling);
  }

  private static List<Target> targets(ConfigNode list, DiseaseLists lists) {
    List<Target> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (ConfigNode t : list.elements()) {
      t.allowKeys("name", "measure", "categories", "visitTypes", "diseases", "ratio", "ceiling");
      String name = t.required("name").text();
      if (!names.add(name)) {
        throw t.fail(t.childPath("name"), "target name '" + name + "' is used twice", "give each target its own name");
      }
      ConfigNode measure = t.required("measure");
      DiseaseList diseases = lists.optional(t, "diseases");
      Param ratio = t.required("ratio").param(Kind.RATIO);
      Param ceiling = t.has("ceiling") ? t.required("ceiling").param(Kind.RATIO) : null;
      if (ceiling != null && ceiling.value().compareTo(ratio.value()) < 0) {
        throw t.fail(t.childPath("ceiling"), "ceiling " + ceiling.value().toPlainString() + " is below the target ratio "
            + ratio.value().toPlainString(), "set the ceiling at or above the ratio (ruling R8: the 90% target is also"
            + " a ceiling), or remove it");
      }
      out.add(new Target(name, EnumKeys.parse(measure, measure.path(), measure.text(), Target.Measure.class, "measure"),
          EnumKeys.categorySet(t.required("categories")), EnumKeys.visitTypeSet(t.required("visitTypes")), diseases,
          ratio, ceiling));
    }
    return out;
  }

  /** Critical illness, assistance and supplementary never see general outpatient claims (not 四位一体). */
  private static void checkFourInOne(ConfigNode n, Set<VisitType> visitTypes) {
    if (visitTypes.contains(VisitType.OUTPATIENT_GENERAL)) {
      throw n.fail(n.path(), "OUTPATIENT_GENERAL is not part of the four-in-one settlement",
          "remove OUTPATIENT_GENERAL; use INPATIENT, DAY_CASE, OUTPATIENT_CHRONIC or OUTPATIENT_SEVERE");
    }
  }

  /** The referral penalty must leave a ratio >= 0 at every category and tier. */
  private static void checkBasicRatioWithPenalty(ConfigNode root, PolicyTerms terms) {
    BigDecimal penalty = terms.referral().basicRatioPenalty().value();
    terms.basic().inpatient().ratio().forEach((c, byTier) -> byTier.forEach((t, r) -> {
      if (r.value().compareTo(penalty) < 0) {
        throw root.fail("referral.basicRatioPenalty", "penalty " + penalty.toPlainString() + " exceeds the "
            + c + " " + t + " inpatient ratio " + r.value().toPlainString(),
            "lower the penalty so every penalised ratio stays >= 0");
      }
    }));
  }

  private static boolean isNone(ConfigNode n) {
    if (n.node().isTextual()) {
      if (n.node().asText().equals(EnumKeys.NONE)) {
        return true;
      }
      throw n.fail("'" + n.node().asText() + "' is not understood", "write 'none' or a mapping of the section's keys");
    }
    return false;
  }

  private static boolean coversKey(ConfigNode map, Category c) {
    return map.has(c.name()) || map.has(EnumKeys.ALL) || (c.isSpecial() && map.has(EnumKeys.SPECIAL));
  }
}
