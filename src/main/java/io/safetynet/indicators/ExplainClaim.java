package io.safetynet.indicators;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The settlement of one claim in words, for {@code jobs/safetynet explain --claim ID}: a summary line, then one
 * line per trace step (rule, amount, why, clause). Reads only {@code settlement}, which holds no raw personal data.
 */
public final class ExplainClaim {
  private final String warehouseRoot;

  public ExplainClaim(String warehouseRoot) {
    this.warehouseRoot = warehouseRoot;
  }

  public List<String> explain(SparkSession spark, String claimId) {
    List<Row> rows = Tables.read(spark, warehouseRoot, "settlement").filter(col("claim_id").equalTo(claimId))
        .collectAsList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("claim " + claimId + " is not in the settlement table at "
          + Tables.path(warehouseRoot, "settlement") + ": check the claim id, or run settle after ingesting it");
    }
    Row r = rows.get(0);
    List<String> lines = new ArrayList<>();
    lines.add(String.format("Claim %s: person %s, %s at %s (%s, county %s), %s to %s, diagnosis %s, category %s,"
            + " policy %s version %s, status %s",
        claimId, s(r, "person_id"), s(r, "visit_type"), s(r, "facility_id"), s(r, "tier"),
        s(r, "facility_region_code"), s(r, "admission_date"), s(r, "discharge_date"), s(r, "diagnosis_code"),
        s(r, "category"), s(r, "policy_id"), s(r, "policy_version"), s(r, "status")));
    lines.add(String.format("Total %s = in-policy %s + out-of-catalogue %s", m(r, "total_cost"),
        m(r, "in_policy_cost"), m(r, "out_of_catalogue_cost")));
    List<Row> trace = r.getList(r.fieldIndex("trace"));
    int step = 1;
    for (Row t : trace == null ? List.<Row>of() : trace) {
      lines.add(String.format("%d. %s: %s yuan (why: %s) [clause: %s]", step++, t.getAs("rule"),
          yuan(t.getAs("amount")), t.getAs("detail"), t.getAs("clause")));
    }
    lines.add(String.format("Paid: basic %s, critical %s, assistance %s, supplementary %s; hospital-borne %s;"
            + " patient %s", m(r, "basic_paid"), m(r, "critical_paid"), m(r, "assistance_paid"),
        m(r, "supplementary_paid"), m(r, "hospital_borne"), m(r, "patient_oop")));
    List<String> flags = r.getList(r.fieldIndex("flags"));
    if (flags != null && !flags.isEmpty()) {
      lines.add("Flags: " + String.join(", ", flags));
    }
    return lines;
  }

  private static String s(Row r, String field) {
    Object v = r.get(r.fieldIndex(field));
    return v == null ? "-" : v.toString();
  }

  private static String m(Row r, String field) {
    return yuan(r.getAs(field));
  }

  private static String yuan(BigDecimal v) {
    return Format.yuan(v);
  }
}
