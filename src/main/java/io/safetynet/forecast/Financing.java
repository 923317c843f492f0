package io.safetynet.forecast;

import io.safetynet.engine.Money;
import io.safetynet.policy.Source;
import java.math.BigDecimal;

/**
 * Per-capita financing of a fund in one year (筹资标准, yuan per enrolled person), as configured for
 * {@code fromYear} or extended from it by the file's {@code after} rule ({@code basis} says which).
 *
 * <p>{@code subsidy} is the government's per-capita subsidy (财政补助); {@code personal} the individual contribution
 * (个人缴费), null when the file gives one undivided amount; {@code carvedOut} what is passed on to another fund
 * (basic: the critical-illness carve-out, 大病保险从基本医保基金中划出), so {@link #yuanPerPerson()} is what this
 * fund itself keeps and the carve-out is counted once, in the critical fund.
 */
public record Financing(
    int fromYear,
    BigDecimal subsidy,
    Source subsidySource,
    BigDecimal personal,
    Source personalSource,
    BigDecimal carvedOut,
    String basis) {

  /** Revenue this fund keeps per person: subsidy + personal − carve-out. */
  public BigDecimal yuanPerPerson() {
    return Money.round(total().subtract(carvedOut));
  }

  /** Subsidy + personal contribution, before any carve-out. */
  public BigDecimal total() {
    return personal == null ? subsidy : subsidy.add(personal);
  }

  /** Whether the file splits the amount into subsidy and personal contribution. */
  public boolean split() {
    return personal != null;
  }

  /** The source of the subsidy (of the whole amount when not split). */
  public Source source() {
    return subsidySource;
  }
}
