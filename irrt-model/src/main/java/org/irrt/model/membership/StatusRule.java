package org.irrt.model.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * One membership status rule: the status holds on the days from {@code anchor + fromOffset} to
 * {@code untilAnchor + untilOffset}, both inclusive, or forever after when there is no until
 * (CiviCRM membership status rules).
 */
@Value.Immutable
public abstract class StatusRule implements WithStatusRule {
  StatusRule() {}

  /** The membership date a window is measured from. */
  public enum Anchor {
    /** The join date. */
    JOIN_DATE,
    /** The start date of the current period. */
    START_DATE,
    /** The end date of the current period. */
    END_DATE
  }

  /**
   * A rule.
   *
   * @param status the status it gives
   * @param from where the window starts
   * @param fromOffset the offset from it, e.g. {@code P1D}
   * @param until where the window ends, or {@code null} for open-ended
   * @param untilOffset the offset from it; ignored, and may be {@code null}, when {@code until} is
   * @return the rule
   * @throws NullPointerException when an argument other than {@code until} is null ({@code
   *     untilOffset} only with an {@code until})
   */
  public static StatusRule of(MembershipStatus status, Anchor from, Period fromOffset, Anchor until,
      Period untilOffset) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(fromOffset, "fromOffset");
    var b = ImmutableStatusRule.builder().status(status).from(from).fromOffset(fromOffset);
    if (until != null) {
      b.until(until).untilOffset(Objects.requireNonNull(untilOffset, "untilOffset"));
    }
    return b.build();
  }

  /**
   * The status given.
   *
   * @return the status
   */
  @NotNull
  public abstract MembershipStatus status();

  /**
   * The date the window starts from.
   *
   * @return the anchor
   */
  @NotNull
  public abstract Anchor from();

  /**
   * The offset of the window's first day from its anchor.
   *
   * @return e.g. {@code P0D}, {@code P1D}, {@code P1M1D}
   */
  @Value.Default
  public Period fromOffset() {
    return Period.ZERO;
  }

  /**
   * The date the window ends at.
   *
   * @return the anchor, or empty for a window without end
   */
  public abstract Optional<Anchor> until();

  /**
   * The offset of the window's last day from its anchor.
   *
   * @return e.g. {@code P1M}
   */
  @Value.Default
  public Period untilOffset() {
    return Period.ZERO;
  }

  /**
   * Whether the window contains a day, for a membership's dates.
   *
   * @param day the day
   * @param m the membership
   * @return whether the status applies by this rule
   */
  public final boolean contains(LocalDate day, Membership m) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(m, "m");
    Optional<LocalDate> first = date(from(), m).map(d -> d.plus(fromOffset()));
    if (first.isEmpty() || day.isBefore(first.get())) {
      return false;
    }
    if (until().isEmpty()) {
      return true;
    }
    Optional<LocalDate> last = date(until().get(), m).map(d -> d.plus(untilOffset()));
    return last.isPresent() && !day.isAfter(last.get());
  }

  private static Optional<LocalDate> date(Anchor anchor, Membership m) {
    return switch (anchor) {
      case JOIN_DATE -> Optional.of(m.joinDate());
      case START_DATE -> Optional.of(m.startDate());
      case END_DATE -> m.endDate();
    };
  }

  @Value.Check
  StatusRule check() {
    return Validators.check(this, null);
  }
}
