package org.irrt.model.roundtable;

import java.util.Optional;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/** An organisation by name, such as the parent association of a round table. */
@Value.Immutable
public abstract class Organization implements WithOrganization {
  Organization() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }

  /**
   * The full name.
   *
   * @return e.g. "American Library Association"
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * The acronym.
   *
   * @return e.g. "ALA", when one is used
   */
  public abstract Optional<@ValidText(max = 20) String> acronym();

  /**
   * The organisation's site.
   *
   * @return the address, when a source gives it
   */
  public abstract Optional<WebUrl> url();

  @Value.Check
  Organization normalize() {
    if (!Text.allNfc(name(), acronym())) {
      return builder().from(this).name(Text.nfc(name())).acronym(Text.nfc(acronym())).build();
    }
    return Validators.check(this, null);
  }
}
