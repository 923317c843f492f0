package io.safetynet.cli;

import io.safetynet.spark.SparkSessions;
import io.safetynet.text.SafeTerminalWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * What commands take from the outside world, so tests can supply their own: the Spark session (made only when
 * a command needs it, by app name), the environment, the project home (for {@code conf/} and
 * {@code sample-data/} defaults; the launcher passes {@code -Dsafetynet.home}), and the output streams.
 */
public record CliContext(
    Function<String, SparkSession> spark, Map<String, String> env, Path home, PrintWriter out, PrintWriter err) {

  public static CliContext fromEnvironment() {
    return new CliContext(
        SparkSessions::getOrCreate,
        System.getenv(),
        Path.of(System.getProperty("safetynet.home", ".")).toAbsolutePath().normalize(),
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true));
  }

  /**
   * The same context printing through {@link SafeTerminalWriter}: no control character from the data (ESC, bidi
   * overrides) reaches the terminal, whichever command printed it.
   */
  public CliContext forTerminal() {
    return new CliContext(spark, env, home, new PrintWriter(new SafeTerminalWriter(out), true),
        new PrintWriter(new SafeTerminalWriter(err), true));
  }

  /** The project's sample data directory (the only input allowed the built-in personal-data key). */
  public Path sampleData() {
    return home.resolve("sample-data");
  }
}
