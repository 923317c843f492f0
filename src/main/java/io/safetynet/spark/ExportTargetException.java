package io.safetynet.spark;

/** An export output that must not be written (inside the warehouse, a directory): a usage error. */
public final class ExportTargetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ExportTargetException(String message) {
    super(message);
  }
}
