package org.irrt.model.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.irrt.model.common.CurrencyMismatchException;
import org.irrt.model.common.Money;

/**
 * A rate the host supplies to convert one currency into another, with the date it applies to. The
 * library never looks rates up and never converts without one.
 *
 * @param from the currency converted
 * @param to the currency converted into
 * @param rate units of {@code to} per unit of {@code from}: positive, between {@code 1E-12} and
 *     {@code 1E+12}, with at most 20 significant digits (real rates span about 1E-6 to 1E+6; the
 *     bounds keep a hostile rate such as {@code 1E+100000000} from costing minutes and gigabytes)
 * @param asOf the date of the rate
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate asOf) {
  /**
   * Checks the rate.
   *
   * @throws IllegalArgumentException when the rate is not positive, outside 1E-12 to 1E+12, has
   *     more than 20 significant digits, or converts a currency into itself
   */
  public ExchangeRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(asOf, "asOf");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate must be positive");
    }
    long magnitude = (long) rate.precision() - rate.scale(); // digits before the point; 1E-12 gives -11
    if (magnitude > 13 || magnitude < -11 || rate.stripTrailingZeros().precision() > 20) {
      throw new IllegalArgumentException("rate must lie between 1E-12 and 1E+12, with at most 20 significant digits");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("a rate converts one currency into another, not into itself");
    }
  }

  /**
   * Converts money, rounding half-even to the target currency's minor unit.
   *
   * @param money money in {@link #from()}
   * @return the money in {@link #to()}
   * @throws CurrencyMismatchException when the money is in another currency
   */
  public Money convert(Money money) {
    Objects.requireNonNull(money, "money");
    if (!money.currency().equals(from)) {
      throw new CurrencyMismatchException(from, money.currency());
    }
    return Money.of(money.amount().multiply(rate).setScale(to.getDefaultFractionDigits(), RoundingMode.HALF_EVEN), to);
  }
}
