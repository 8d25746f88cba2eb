package org.irrt.model.membership;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * What one paid renewal did to a membership, recorded by {@link Membership#renew}: the payment, how
 * many terms it paid for, the dates and flags before it, and the dates it gave. It is the audit
 * record that lets a reversal of the payment take the renewal back ({@link Membership#reverse})
 * exactly, without inverting month arithmetic (which clamps, so it cannot be inverted). Hosts read
 * it; they rarely build one.
 */
@Value.Immutable
public abstract class Renewal implements WithRenewal {
  /** The most terms one payment may pay for. */
  public static final int MAX_TERMS = 100;

  Renewal() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableRenewal.Builder builder() {
    return ImmutableRenewal.builder();
  }

  /**
   * The payment that paid for the renewal, one of the membership's {@link Membership#payments()}.
   *
   * @return the payment system's id
   */
  @NotNull
  @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "{org.irrt.model.PaymentReference.id}")
  public abstract String paymentId();

  /**
   * How many terms (durations of the type) the payment paid for.
   *
   * @return 1 to {@value #MAX_TERMS}
   */
  @Min(1)
  @Max(MAX_TERMS)
  public abstract int terms();

  /**
   * The start date before the renewal.
   *
   * @return the date
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate previousStartDate();

  /**
   * The end date before the renewal.
   *
   * @return the date, or empty for a lifetime membership
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> previousEndDate();

  /**
   * Whether the membership awaited approval or payment before the renewal.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean previouslyPending() {
    return false;
  }

  /**
   * The day a renewal had been asked for before this one was paid.
   *
   * @return the day, or empty
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> previousRenewalRequestedOn();

  /**
   * The start date the renewal gave.
   *
   * @return the date
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate startDate();

  /**
   * The end date the renewal gave.
   *
   * @return the date, or empty for a lifetime membership
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> endDate();

  @Value.Check
  Renewal check() {
    return Validators.check(this, null);
  }
}
