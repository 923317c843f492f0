package io.safetynet.forecast;

import io.safetynet.engine.Money;
import io.safetynet.policy.Source;
import java.math.BigDecimal;

/**
 * A fund's balance (累计结余) at the start of the first year of history, from {@code opening_balance:} in
 * conf/financing.yaml; 0 marked as an assumption when the file gives none, because a roll-forward needs a start
 * and a hidden default would read as a fact.
 */
public record OpeningBalance(BigDecimal yuan, Source source) {
  public static final OpeningBalance NONE_CONFIGURED = new OpeningBalance(Money.ZERO,
      Source.assumption("no opening_balance in conf/financing.yaml; the fund is assumed to start empty"));
}
