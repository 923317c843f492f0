package io.safetynet.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Frequent admissions (seed 001 part 2: poor patients admitted 3 times a month): a person admitted (INPATIENT) at
 * least {@value #MIN_ADMISSIONS} times with admission dates inside one window of {@value #WINDOW_DAYS} days
 * (last - first &lt;= 29 days). Returns every admission that belongs to such a window, with {@code cluster_year}
 * = the insurance year of the window's first admission.
 */
public final class FrequentAdmissions {
  public static final int MIN_ADMISSIONS = 3;
  public static final int WINDOW_DAYS = 30;

  private FrequentAdmissions() {}

  public static Dataset<Row> admissions(Dataset<Row> settled) {
    return settled
        .filter("visit_type = 'INPATIENT'")
        .select("claim_id", "person_id", "facility_id", "region_code", "insurance_year", "admission_date")
        .withColumn("day", expr("datediff(admission_date, date'1970-01-01')"));
  }

  public static Dataset<Row> inClusters(Dataset<Row> settled) {
    Dataset<Row> adm = admissions(settled);
    WindowSpec forward = Window.partitionBy("person_id").orderBy("day").rangeBetween(0, WINDOW_DAYS - 1);
    Dataset<Row> starts =
        adm.withColumn("n", count(lit(1)).over(forward))
            .filter(col("n").geq(MIN_ADMISSIONS))
            .select(col("person_id").as("s_person"), col("day").as("s_day"), col("insurance_year").as("s_year"));
    return adm.join(
            starts,
            expr("person_id = s_person and day between s_day and s_day + " + (WINDOW_DAYS - 1)))
        .groupBy("claim_id", "person_id", "facility_id", "region_code", "insurance_year", "admission_date")
        .agg(expr("min(s_year)").as("cluster_year"));
  }
}
