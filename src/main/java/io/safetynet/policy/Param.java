package io.safetynet.policy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One parameter value (money in yuan, or a ratio 0..1) with its provenance. */
public record Param(BigDecimal value, Source source) implements Serializable {
  public Param {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  public static Param of(String value, Source source) {
    return new Param(new BigDecimal(value), source);
  }

  /** "200 (001_x.txt 一(二))": value and source, as the trace shows it. */
  @Override
  public String toString() {
    return value.stripTrailingZeros().toPlainString() + " [" + source + "]";
  }
}
