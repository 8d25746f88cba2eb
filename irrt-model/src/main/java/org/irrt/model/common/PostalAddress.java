package org.irrt.model.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A postal address as the addressee's country writes it: one to six free lines (street, building,
 * locality, region, postal code in whatever order and form the country uses) and the country. No
 * field assumes one country's format (no "state" or "ZIP"): the postal systems of the world differ
 * too much for fixed fields. Personal data: redacted in {@code toString()}.
 */
@Value.Immutable
@IrrtStyle
public abstract class PostalAddress implements WithPostalAddress {
  PostalAddress() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutablePostalAddress.Builder builder() {
    return ImmutablePostalAddress.builder();
  }

  /**
   * The lines, as written on an envelope, without the country line.
   *
   * @return one to six lines of up to 200 code points
   */
  @Size(min = 1, max = 6)
  @Value.Redacted
  public abstract List<@NotNull @ValidText String> lines();

  /**
   * The country.
   *
   * @return the ISO 3166-1 code
   */
  @NotNull
  public abstract CountryCode country();

  @Value.Check
  PostalAddress normalize() {
    if (!Text.allNfc(lines())) {
      return builder().from(this).lines(Text.nfc(lines())).build();
    }
    return Validators.check(this, null);
  }
}
