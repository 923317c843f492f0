package io.safetynet.settle;

import io.safetynet.engine.Claim;
import io.safetynet.engine.Enrolment;
import io.safetynet.engine.Facility;
import io.safetynet.engine.Referral;
import io.safetynet.policy.Category;
import io.safetynet.policy.Tier;
import io.safetynet.policy.VisitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.spark.sql.Row;

/** The one adapter between Spark rows of the cleaned tables and the engine's plain records. */
final class EngineRows {
  private EngineRows() {}

  static Claim claim(Row r) {
    return new Claim(
        r.getAs("claim_id"),
        r.getAs("person_id"),
        r.getAs("facility_id"),
        VisitType.valueOf(r.getAs("visit_type")),
        date(r.getAs("admission_date")),
        date(r.getAs("discharge_date")),
        r.getAs("diagnosis_code"),
        money(r.getAs("total_cost")),
        money(r.getAs("in_policy_cost")),
        money(r.getAs("out_of_catalogue_cost")),
        bool(r.getAs("emergency")),
        r.getAs("referral_id"),
        r.getAs("exclusion_reason"),
        "REVERSED".equals(r.getAs("status")));
  }

  /** The enrolment struct joined onto a claim row (null when not enrolled that year). */
  static Enrolment enrolment(String personId, int year, Row e) {
    if (e == null) {
      return null;
    }
    return new Enrolment(
        personId,
        year,
        e.getAs("region_code"),
        e.getAs("household_id"),
        date(e.getAs("birth_date")),
        categories(e.getAs("category")),
        date(e.getAs("poverty_identified_on")),
        date(e.getAs("poverty_exited_on")),
        bool(e.getAs("severe_disability")),
        bool(e.getAs("supplementary_insured")));
  }

  static List<Referral> referrals(List<Row> rows) {
    List<Referral> out = new ArrayList<>(rows == null ? 0 : rows.size());
    if (rows != null) {
      for (Row r : rows) {
        out.add(new Referral(r.getAs("referral_id"), r.getAs("person_id"), r.getAs("from_facility_id"),
            r.getAs("to_facility_id"), date(r.getAs("issued_on")), bool(r.getAs("emergency")),
            date(r.getAs("filed_on"))));
      }
    }
    return out;
  }

  static Facility facility(Row r) {
    return new Facility(r.getAs("facility_id"), r.getAs("region_code"), Tier.valueOf(r.getAs("tier")),
        bool(r.getAs("designated")), bool(r.getAs("major_disease_designated")));
  }

  /** {@code POOR|DIBAO} to a set; blank means ordinary. */
  static EnumSet<Category> categories(String joined) {
    EnumSet<Category> set = EnumSet.noneOf(Category.class);
    if (joined != null) {
      for (String c : joined.split("\\|")) {
        if (!c.isBlank()) {
          set.add(Category.valueOf(c.trim()));
        }
      }
    }
    return set;
  }

  static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
  }

  static BigDecimal money(Object o) {
    return o == null ? null : ((BigDecimal) o).setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  static boolean bool(Object o) {
    return o != null && (Boolean) o;
  }
}
