package org.irrt.model.roundtable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A name a round table had before, with the years it was used (inclusive, {@code fromYear <=
 * untilYear}).
 */
@Value.Immutable
public abstract class FormerName implements WithFormerName {
  FormerName() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableFormerName.Builder builder() {
    return ImmutableFormerName.builder();
  }

  /**
   * The name.
   *
   * @return the name
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * The first year the name was used.
   *
   * @return a year, 1000 to 9999
   */
  @Min(1000)
  @Max(9999)
  public abstract int fromYear();

  /**
   * The last year the name was used (the year of the renaming).
   *
   * @return a year, 1000 to 9999, not before {@link #fromYear()}
   */
  @Min(1000)
  @Max(9999)
  public abstract int untilYear();

  @Value.Check
  FormerName normalize() {
    if (!Text.isNfc(name())) {
      return builder().from(this).name(Text.nfc(name())).build();
    }
    return Validators.check(this, (f, rules) -> rules.require(f.fromYear() <= f.untilYear(),
        "", "org.irrt.model.yearOrder")); // a rule of both years: at the value
  }
}
