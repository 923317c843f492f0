package io.safetynet.ingest;

/** An ingest that cannot go on; the message says what is wrong (dataset, file, column) and what to do. */
public class IngestException extends RuntimeException {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
