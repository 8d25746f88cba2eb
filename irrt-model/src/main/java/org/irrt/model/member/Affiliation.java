package org.irrt.model.member;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/** Where a member works and in what position. */
@Value.Immutable
public abstract class Affiliation implements WithAffiliation {
  Affiliation() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableAffiliation.Builder builder() {
    return ImmutableAffiliation.builder();
  }

  /**
   * The institution.
   *
   * @return e.g. "Biblioteca Nacional de Colombia"
   */
  @NotNull
  @ValidText
  @Value.Redacted
  public abstract String institution();

  /**
   * The position held.
   *
   * @return e.g. "Head of Cataloguing", or empty
   */
  @Value.Redacted
  public abstract Optional<@ValidText String> position();

  @Value.Check
  Affiliation normalize() {
    if (!Text.allNfc(institution(), position())) {
      return builder().from(this).institution(Text.nfc(institution())).position(Text.nfc(position())).build();
    }
    return Validators.check(this, null);
  }
}
