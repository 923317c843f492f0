package io.safetynet.cli;

import io.safetynet.generate.DataGenerator;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code safetynet generate --persons N --years Y --seed S --output DIR}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes contract-conforming synthetic data (the five datasets as CSV) at any scale; the same "
        + "seed gives the same bytes. Distributions and their sources: sample-data/README.md.")
final class GenerateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--persons", defaultValue = "1000", description = "Persons (default 1000).")
  int persons;

  @Option(names = "--years", defaultValue = "1", description = "Insurance years (default 1).")
  int years;

  @Option(names = "--first-year", defaultValue = "2018", description = "First insurance year (default 2018).")
  int firstYear;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--regions", paramLabel = "LIST",
      description = "Comma-separated regions (default all: XIAOGAN,GANSU,FUXIN,ALXA).")
  String regions;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory to write.")
  Path output;

  private final Main main;

  GenerateCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.setVerbose(common.verbose);
    CliContext ctx = main.context();
    io.safetynet.generate.Spec spec = io.safetynet.generate.Spec.of(persons, years, seed, output).withFirstYear(firstYear);
    if (regions != null) {
      spec = spec.withRegions(DataGenerator.regions(regions));
    }
    DataGenerator.Result r = new DataGenerator(spec).generate(ctx.out()::println);
    for (Map.Entry<?, Long> e : r.rows().entrySet()) {
      ctx.out().printf("  %-11s %,12d rows%n", e.getKey(), e.getValue());
    }
    ctx.out().println("written to " + output.toAbsolutePath());
    return Main.OK;
  }
}
