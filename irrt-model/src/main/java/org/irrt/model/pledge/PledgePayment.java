package org.irrt.model.pledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.irrt.model.common.Money;
import org.irrt.model.internal.Validators;

/** A payment toward a pledge: the payment system's id (for idempotency), the amount, the day received. */
@Value.Immutable
public abstract class PledgePayment implements WithPledgePayment {
  PledgePayment() {}

  /**
   * A payment.
   *
   * @param paymentId the payment system's id
   * @param amount the amount, positive
   * @param receivedOn the day received, in the organisation's zone
   * @return the payment
   */
  public static PledgePayment of(String paymentId, Money amount, LocalDate receivedOn) {
    return ImmutablePledgePayment.builder().paymentId(paymentId).amount(amount).receivedOn(receivedOn).build();
  }

  /**
   * The payment system's id.
   *
   * @return 1 to 100 letters, digits and {@code . _ : -}
   */
  @NotNull
  @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "{org.irrt.model.PaymentReference.id}")
  public abstract String paymentId();

  /**
   * The amount.
   *
   * @return a positive amount
   */
  @NotNull
  public abstract Money amount();

  /**
   * The day received.
   *
   * @return the date, in the organisation's zone
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate receivedOn();

  @Value.Check
  PledgePayment check() {
    return Validators.check(this, (p, rules) -> rules.require(p.amount() == null || p.amount().amount().signum() > 0,
        "amount", "org.irrt.model.PledgePayment.positive"));
  }
}
