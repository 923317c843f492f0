package io.safetynet.cli;

import io.safetynet.settle.Policies;
import io.safetynet.settle.RuleFunctions;
import io.safetynet.spark.Warehouse;
import java.util.concurrent.Callable;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safetynet sql "SELECT ..."}: a query over the warehouse tables with the rule functions registered. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Runs one Spark SQL query with every warehouse table registered under its name and the rules "
        + "engine's functions available (sn_basic_inpatient, sn_critical_illness, sn_ooc_allowed, sn_category_on, "
        + "sn_policy_for, sn_working_days_plus; see README), and prints the result.",
        "Example: jobs/safetynet sql \"SELECT sn_critical_illness('xiaogan', DATE'2018-06-01', 'POOR', 3920, "
            + "35745)\""})
final class SqlCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL query.")
  String query;

  @Option(names = "--limit", defaultValue = "50", description = "Rows to print (default 50).")
  int limit;

  @Mixin PolicyOption policy;

  private final Main main;

  SqlCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws Exception {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    var policies = Policies.load(policy.resolve(ctx)); // a policy file error before Spark starts
    SparkSession spark = ctx.spark().apply("safetynet sql");
    new Warehouse(spark, main.warehouse(common)).registerAll();
    RuleFunctions.register(spark, policies);
    ctx.out().print(result(spark));
    return Main.OK;
  }

  /**
   * The query's printed result. Spark's own errors about the query (an unknown column with its suggestions, a
   * syntax error, a failed cast) are the user's to fix: only their first line, without the plan.
   */
  private String result(SparkSession spark) throws Exception {
    try {
      return spark.sql(query).showString(limit, 0, false);
    } catch (Exception e) { // AnalysisException is a checked exception Scala does not declare
      if (e instanceof SparkThrowable t && t.getErrorClass() != null) {
        throw new QueryException(firstLine(e.getMessage())
            + "; fix the query (`jobs/safetynet sql \"show tables\"` lists the tables)", e);
      }
      throw e;
    }
  }

  static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    // Spark ends the line with "; line 1 pos 7;" before the plan it would print next
    return (nl < 0 ? m : m.substring(0, nl)).strip().replaceAll("[;.\\s]+$", "");
  }
}
