package org.irrt.model.membership;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.irrt.model.common.Money;
import org.irrt.model.internal.Validators;

/**
 * A payment recorded on a membership: the payment system's id, the amount and the day it was
 * received. The id makes applying a payment idempotent: the same id twice changes nothing.
 */
@Value.Immutable
public abstract class PaymentReference implements WithPaymentReference {
  PaymentReference() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutablePaymentReference.Builder builder() {
    return ImmutablePaymentReference.builder();
  }

  /**
   * A payment.
   *
   * @param paymentId the payment system's id
   * @param amount the amount received
   * @param receivedOn the day received, in the organisation's time zone
   * @return the payment
   */
  public static PaymentReference of(String paymentId, Money amount, LocalDate receivedOn) {
    return builder().paymentId(paymentId).amount(amount).receivedOn(receivedOn).build();
  }

  /**
   * The payment system's id.
   *
   * @return 1 to 100 characters of letters, digits and {@code . _ : -}
   */
  @NotNull
  @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "{org.irrt.model.PaymentReference.id}")
  public abstract String paymentId();

  /**
   * The amount received.
   *
   * @return the amount
   */
  @NotNull
  public abstract Money amount();

  /**
   * The day the payment was received.
   *
   * @return the date, in the organisation's time zone
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate receivedOn();

  @Value.Check
  PaymentReference check() {
    return Validators.check(this, (p, rules) -> rules.require(p.amount() == null || !p.amount().isNegative(),
        "amount", "org.irrt.model.PaymentReference.negative"));
  }
}
