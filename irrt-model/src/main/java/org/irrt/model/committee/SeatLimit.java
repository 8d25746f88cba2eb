package org.irrt.model.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;

/**
 * How many people a committee seats in one role: at least {@link #minimum()}, at most {@link
 * #maximum()} when there is a limit. Source: IRRT Operating and Procedure Manual (for example the
 * Membership Committee: chair plus 2 to 4 members).
 */
@Value.Immutable
public abstract class SeatLimit implements WithSeatLimit {
  SeatLimit() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableSeatLimit.Builder builder() {
    return ImmutableSeatLimit.builder();
  }

  /**
   * A limit for a role.
   *
   * @param role the role
   * @param minimum the fewest seats, 0 or more
   * @param maximum the most seats, at least {@code minimum}
   * @return the limit
   */
  public static SeatLimit of(CommitteeRole role, int minimum, int maximum) {
    return builder().role(role).minimum(minimum).maximum(maximum).build();
  }

  /**
   * The role.
   *
   * @return the role
   */
  @NotNull
  public abstract CommitteeRole role();

  /**
   * The fewest people in the role, 0 to 500.
   *
   * @return the minimum
   */
  @Min(0)
  @Max(500)
  public abstract int minimum();

  /**
   * The most people in the role, 1 to 500 and not below the minimum.
   *
   * @return the maximum, or empty when there is no limit
   */
  public abstract Optional<@Min(1) @Max(500) Integer> maximum();

  @Value.Check
  SeatLimit check() {
    return Validators.check(this, (s, rules) -> rules.require(
        s.maximum().isEmpty() || s.maximum().get() >= s.minimum(), "", // a rule of both: at the value
        "org.irrt.model.SeatLimit.order"));
  }
}
