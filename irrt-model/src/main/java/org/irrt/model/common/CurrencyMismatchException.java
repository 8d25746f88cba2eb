package org.irrt.model.common;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when money of two currencies meets in one operation (adding, comparing, applying a payment).
 * Amounts in different currencies are never combined; convert first with rates the host supplies.
 */
public final class CurrencyMismatchException extends IrrtException {
  private static final long serialVersionUID = 1L;

  private final Currency expected;
  private final Currency actual;

  /**
   * Creates the exception.
   *
   * @param expected the currency of the left operand
   * @param actual the other currency
   * @throws NullPointerException when a currency is null
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super("cannot combine " + Objects.requireNonNull(expected, "expected").getCurrencyCode() + " with "
        + Objects.requireNonNull(actual, "actual").getCurrencyCode());
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The currency of the left operand.
   *
   * @return the currency
   */
  public Currency expected() {
    return expected;
  }

  /**
   * The other currency.
   *
   * @return the currency
   */
  public Currency actual() {
    return actual;
  }
}
