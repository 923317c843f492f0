package io.safetynet.cli;

import io.safetynet.settle.Policies;
import io.safetynet.settle.RuleFunctions;
import io.safetynet.spark.Warehouse;
import java.util.concurrent.Callable;
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
  public Integer call() {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    SparkSession spark = ctx.spark().apply("safetynet sql");
    new Warehouse(spark, main.warehouse(common)).registerAll();
    RuleFunctions.register(spark, Policies.load(policy.resolve(ctx)));
    ctx.out().print(spark.sql(query).showString(limit, 0, false));
    return Main.OK;
  }
}
