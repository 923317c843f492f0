package io.safetynet.cli;

/** A query given to {@code sql} that Spark rejected (unknown column, syntax): Spark's short message, no plan. */
final class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
