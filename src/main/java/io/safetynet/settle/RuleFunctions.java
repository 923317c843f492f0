package io.safetynet.settle;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.engine.BasicInsuranceRule;
import io.safetynet.engine.CategoryRule;
import io.safetynet.engine.CriticalIllnessRule;
import io.safetynet.engine.Enrolment;
import io.safetynet.engine.OutOfCatalogueControl;
import io.safetynet.engine.WorkingDays;
import io.safetynet.policy.Category;
import io.safetynet.policy.Param;
import io.safetynet.policy.Policy;
import io.safetynet.policy.PolicyTerms;
import io.safetynet.policy.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.DataTypes;

/**
 * The engine's rule functions as Spark SQL functions, so an analyst can call them in SQL (README "SQL functions").
 * Each resolves the policy by id and the terms in force on a date, then calls the same Java rule the settle job
 * uses. Money in and out is decimal(18,2).
 */
public final class RuleFunctions {
  /** Names and signatures, as documented in the README. */
  public static final List<String> SIGNATURES = List.of(
      "sn_policy_for(region_code STRING, year INT) -> STRING policy id",
      "sn_category_on(categories STRING, identified DATE, exited DATE, admission DATE, policy_id STRING) -> STRING",
      "sn_basic_inpatient(policy_id STRING, on DATE, category STRING, tier STRING, in_policy DECIMAL) -> DECIMAL",
      "sn_critical_illness(policy_id STRING, on DATE, category STRING, cum_before DECIMAL, cum_after DECIMAL)"
          + " -> DECIMAL",
      "sn_ooc_allowed(policy_id STRING, on DATE, tier STRING, total DECIMAL, out_of_catalogue DECIMAL) -> DECIMAL",
      "sn_working_days_plus(day DATE, n INT) -> DATE");

  private RuleFunctions() {}

  public static void register(SparkSession spark, PolicyRegistry policies) {
    var money = SettlementSchema.MONEY;
    spark.udf().register("sn_policy_for", (UDF2<String, Integer, String>) (region, year) -> {
      Policy p = region == null || year == null ? null : policies.find(region, year).orElse(null);
      return p == null ? null : p.id();
    }, DataTypes.StringType);
    spark.udf().register("sn_category_on", (UDF5<String, Object, Object, Object, String, String>)
        (cats, identified, exited, admission, policyId) -> {
          if (admission == null || policyId == null) {
            return null;
          }
          LocalDate day = EngineRows.date(admission);
          Enrolment e = new Enrolment("", day.getYear(), "", "", null, EngineRows.categories(cats),
              EngineRows.date(identified), EngineRows.date(exited), false, false);
          return CategoryRule.categoryOn(e, day, terms(policies, policyId, day).eligibility()).name();
        }, DataTypes.StringType);
    spark.udf().register("sn_basic_inpatient", (UDF5<String, Object, String, String, BigDecimal, BigDecimal>)
        (policyId, on, category, tier, inPolicy) -> {
          if (policyId == null || on == null || category == null || tier == null || inPolicy == null) {
            return null;
          }
          PolicyTerms t = terms(policies, policyId, EngineRows.date(on));
          Category c = Category.valueOf(category);
          Tier tr = Tier.valueOf(tier);
          return BasicInsuranceRule.inpatientPayable(inPolicy, t.basic().inpatient().deductible(c, tr).value(),
              t.basic().inpatient().ratio(c, tr).value());
        }, money);
    spark.udf().register("sn_critical_illness", (UDF5<String, Object, String, BigDecimal, BigDecimal, BigDecimal>)
        (policyId, on, category, before, after) -> {
          if (policyId == null || on == null || category == null || before == null || after == null) {
            return null;
          }
          return CriticalIllnessRule.payable(terms(policies, policyId, EngineRows.date(on)).critical(),
              Category.valueOf(category), before, after);
        }, money);
    spark.udf().register("sn_ooc_allowed", (UDF5<String, Object, String, BigDecimal, BigDecimal, BigDecimal>)
        (policyId, on, tier, total, ooc) -> {
          if (policyId == null || on == null || tier == null || total == null || ooc == null) {
            return null;
          }
          var rule = terms(policies, policyId, EngineRows.date(on)).outOfCatalogue();
          Param limit = rule == null ? null : rule.limit(Tier.valueOf(tier));
          return limit == null ? ooc : OutOfCatalogueControl.allowed(limit.value(), total, ooc);
        }, money);
    spark.udf().register("sn_working_days_plus", (UDF2<Object, Integer, java.sql.Date>) (day, n) ->
        day == null || n == null ? null : java.sql.Date.valueOf(WorkingDays.plus(EngineRows.date(day), n)),
        DataTypes.DateType);
  }

  private static PolicyTerms terms(PolicyRegistry policies, String policyId, LocalDate day) {
    for (Policy p : policies.all()) {
      if (p.id().equals(policyId)) {
        return p.termsOn(day);
      }
    }
    throw new IllegalArgumentException("unknown policy id '" + policyId + "'; known: "
        + policies.all().stream().map(Policy::id).toList());
  }
}
