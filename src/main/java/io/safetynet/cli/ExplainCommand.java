package io.safetynet.cli;

import io.safetynet.explain.ExplainClaim;
import io.safetynet.explain.TraceSentences;
import io.safetynet.spark.Warehouse;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet explain --claim ID [--lang zh|en] [--format text|json]}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Prints one claim's settlement in words: each step (eligibility, each fund, the patient's share) as "
        + "a sentence with its arithmetic and the policy clause it rests on.")
final class ExplainCommand implements Callable<Integer> {
  /** text: sentences for people; json: the raw trace steps for machines. */
  enum OutputFormat {
    text, json
  }

  @Mixin CommonOptions common;

  @Option(names = "--claim", required = true, paramLabel = "ID", description = "The claim id.")
  String claim;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the sentences: zh (Chinese, default) or en (English).")
  TraceSentences.Lang lang;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text (default) or json: the raw trace steps (rule, clause, amount, detail).")
  OutputFormat format;

  private final Main main;

  ExplainCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    SparkSession spark = ctx.spark().apply("safetynet explain");
    ExplainClaim explain = new ExplainClaim(Warehouse.resolveRoot(main.warehouse(common)));
    if (format == OutputFormat.json) {
      ctx.out().println(explain.json(spark, claim));
    } else {
      explain.explain(spark, claim, lang).forEach(ctx.out()::println);
    }
    return Main.OK;
  }
}
