package io.safetynet.explain;

/** {@code explain --claim ID} named a claim the settlement table does not hold. */
public final class UnknownClaimException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownClaimException(String message) {
    super(message);
  }
}
