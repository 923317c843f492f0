package io.safetynet.cli;

import io.safetynet.config.PolicyConfigException;
import io.safetynet.config.PolicyOverlay;
import io.safetynet.forecast.FinancingConfigException;
import io.safetynet.forecast.ForecastException;
import io.safetynet.explain.UnknownClaimException;
import io.safetynet.ingest.IngestException;
import io.safetynet.spark.ExportTargetException;
import io.safetynet.spark.UnknownTableException;
import io.safetynet.spark.WarehouseLockedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that knows which exceptions are the user's to fix (a typo, a bad config file, a locked warehouse)
 * and with which exit code. Their messages already say what is wrong and what to do, so the CLI prints them as one
 * line without a stack trace; anything not listed here is a bug and is reported as one.
 */
final class KnownErrors {
  /** A known error: its exit code and the one line to print. */
  record Known(int exitCode, String message) {}

  private static final Map<Class<? extends Throwable>, Integer> EXIT_CODES = new LinkedHashMap<>();

  static {
    EXIT_CODES.put(UnknownTableException.class, Main.USAGE);
    EXIT_CODES.put(ExportTargetException.class, Main.USAGE);
    EXIT_CODES.put(UnknownClaimException.class, Main.JOB_ERROR);
    EXIT_CODES.put(QueryException.class, Main.JOB_ERROR);
    EXIT_CODES.put(PolicyConfigException.class, Main.JOB_ERROR);
    EXIT_CODES.put(PolicyOverlay.PathException.class, Main.JOB_ERROR);
    EXIT_CODES.put(FinancingConfigException.class, Main.JOB_ERROR);
    EXIT_CODES.put(ForecastException.class, Main.JOB_ERROR);
    EXIT_CODES.put(IngestException.class, Main.JOB_ERROR);
    EXIT_CODES.put(WarehouseLockedException.class, Main.JOB_ERROR);
  }

  private KnownErrors() {}

  /**
   * The known error in {@code e} or its causes (Spark wraps what a task threw), or empty when there is none: then
   * it is a bug.
   */
  static Optional<Known> of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Map.Entry<Class<? extends Throwable>, Integer> k : EXIT_CODES.entrySet()) {
        if (k.getKey().isInstance(t)) {
          return Optional.of(new Known(k.getValue(), oneLine(t.getMessage())));
        }
      }
    }
    return Optional.empty();
  }

  /** Messages are one line each; a stray line break (a path, a quoted value) must not start another. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
