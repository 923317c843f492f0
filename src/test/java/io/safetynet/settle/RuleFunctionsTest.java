package io.safetynet.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The engine's rules as Spark SQL functions give the same numbers as POLICY.md's worked examples. */
class RuleFunctionsTest {
  @Test
  void ruleFunctionsAnswerInSql() {
    SparkSession spark = TestSpark.session();
    RuleFunctions.register(spark, Policies.load(Path.of("conf/policies")));
    Row r = spark.sql("SELECT "
        + "sn_basic_inpatient('xiaogan', DATE'2018-03-10', 'POOR', 'LEVEL2', CAST(18800 AS DECIMAL(18,2))) AS basic, "
        + "sn_critical_illness('xiaogan', DATE'2018-06-20', 'POOR', CAST(3920 AS DECIMAL(18,2)), "
        + "  CAST(35745 AS DECIMAL(18,2))) AS critical, "
        + "sn_ooc_allowed('xiaogan', DATE'2018-04-05', 'LEVEL1', CAST(10000 AS DECIMAL(18,2)), "
        + "  CAST(1000 AS DECIMAL(18,2))) AS allowed, "
        + "sn_working_days_plus(DATE'2018-06-04', 5) AS deadline, "
        + "sn_policy_for('420922', 2018) AS policy, "
        + "sn_category_on('POOR|DIBAO', DATE'2017-01-01', NULL, DATE'2018-03-01', 'xiaogan') AS category, "
        + "sn_category_on('POOR', DATE'2018-07-01', NULL, DATE'2018-05-02', 'xiaogan') AS before_identified")
        .first();
    assertEquals(new BigDecimal("14880.00"), r.getAs("basic"));
    assertEquals(new BigDecimal("19021.50"), r.getAs("critical"));
    assertEquals(new BigDecimal("300.00"), r.getAs("allowed"));
    assertEquals(java.sql.Date.valueOf("2018-06-11"), r.getAs("deadline"));
    assertEquals("xiaogan", r.getAs("policy"));
    assertEquals("DIBAO", r.getAs("category"));
    assertEquals("ORDINARY", r.getAs("before_identified"));
  }
}
