package org.irrt.model.roundtable;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * An interest group of a round table, such as IRRT's International Sustainable Library Development
 * Interest Group (ISLD).
 */
@Value.Immutable
public abstract class InterestGroup implements WithInterestGroup {
  InterestGroup() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableInterestGroup.Builder builder() {
    return ImmutableInterestGroup.builder();
  }

  /**
   * The id, unique within a round table.
   *
   * @return the id
   */
  @NotNull
  public abstract InterestGroupId id();

  /**
   * The name.
   *
   * @return the name
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * The acronym, when one is used.
   *
   * @return e.g. "ISLD"
   */
  public abstract Optional<@ValidText(max = 20) String> acronym();

  /**
   * What the group is for.
   *
   * @return one paragraph, up to 4000 code points
   */
  @NotNull
  @ValidText(max = 4000, multiline = true)
  public abstract String purpose();

  /**
   * The group's page.
   *
   * @return the address, when a source gives it
   */
  public abstract Optional<WebUrl> url();

  @Value.Check
  InterestGroup normalize() {
    if (!Text.allNfc(name(), acronym(), purpose())) {
      return builder().from(this).name(Text.nfc(name())).acronym(Text.nfc(acronym()))
          .purpose(Text.nfc(purpose())).build();
    }
    return Validators.check(this, null);
  }
}
