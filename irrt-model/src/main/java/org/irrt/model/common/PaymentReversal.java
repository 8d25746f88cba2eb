package org.irrt.model.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * A payment taken back (refunded, bounced or charged back), recorded against the payment's id with
 * its own date and reason. The payment itself is never deleted: the audit trail keeps both, and
 * whatever counts payments counts the payment until the day before {@link #reversedOn()} and no
 * longer from that day on (civicrm-core PR #19289, dev/core#2206: a refunded payment must stop
 * completing its pledge installment; Salesforce NPSP issue #4617). Pledges ({@code
 * Pledge.reverse}) and memberships ({@code Membership.reverse}) use it.
 */
@Value.Immutable
@IrrtStyle
public abstract class PaymentReversal implements WithPaymentReversal {
  PaymentReversal() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutablePaymentReversal.Builder builder() {
    return ImmutablePaymentReversal.builder();
  }

  /**
   * A reversal.
   *
   * @param paymentId the id of the payment taken back
   * @param reversedOn the day it was taken back, in the organisation's time zone
   * @param reason why
   * @return the reversal
   * @throws InvalidValueException naming every attribute that is missing or malformed
   */
  public static PaymentReversal of(String paymentId, LocalDate reversedOn, ReversalReason reason) {
    return builder().paymentId(paymentId).reversedOn(reversedOn).reason(reason).build();
  }

  /**
   * The payment system's id of the payment taken back.
   *
   * @return 1 to 100 letters, digits and {@code . _ : -}, as payment ids are
   */
  @NotNull
  @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "{org.irrt.model.PaymentReference.id}")
  public abstract String paymentId();

  /**
   * The day the payment was taken back: from this day on it no longer counts.
   *
   * @return the date, in the organisation's time zone; not before the payment was received
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate reversedOn();

  /**
   * Why.
   *
   * @return the reason
   */
  @NotNull
  public abstract ReversalReason reason();

  @Value.Check
  PaymentReversal check() {
    return Validators.check(this, null);
  }
}
