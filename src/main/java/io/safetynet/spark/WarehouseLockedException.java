package io.safetynet.spark;

/** Another run holds the warehouse lock; the message names it and says what to do. */
public final class WarehouseLockedException extends RuntimeException {
  public WarehouseLockedException(String message) {
    super(message);
  }
}
