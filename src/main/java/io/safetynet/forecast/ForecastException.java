package io.safetynet.forecast;

/** A series cannot be forecast as asked (too short, non-positive for a log model, bad level); says why and what to do. */
public final class ForecastException extends RuntimeException {
  public ForecastException(String message) {
    super(message);
  }
}
