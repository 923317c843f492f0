package io.safetynet.forecast;

/** {@code conf/financing.yaml} is unreadable or wrong; the message names the file, the field and the fix. */
public final class FinancingConfigException extends RuntimeException {
  public FinancingConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  static FinancingConfigException at(String file, String field, String problem, String fix) {
    return new FinancingConfigException(file + ": " + field + ": " + problem + ". Fix: " + fix, null);
  }
}
