package io.safetynet.config;

/**
 * A policy or scenario file that cannot be used. The message names the file, the field path (dotted, as in
 * {@code basic.inpatient.ratio.POOR.LEVEL2}), what is wrong with the value, and how to fix it.
 */
public final class PolicyConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String field;
  private final String fix;

  public PolicyConfigException(String file, String field, String problem, String fix) {
    super(file + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem + ". Fix: " + fix);
    this.file = file;
    this.field = field;
    this.fix = fix;
  }

  public String file() {
    return file;
  }

  public String field() {
    return field;
  }

  public String fix() {
    return fix;
  }
}
