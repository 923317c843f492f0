package io.safetynet.spark;

/** A table name that is not one of the warehouse's own tables (a typo, or a path): a usage error. */
public final class UnknownTableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownTableException(String message) {
    super(message);
  }
}
