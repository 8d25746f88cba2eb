package org.irrt.model.roundtable;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;
import org.irrt.model.link.Link;

/**
 * A body the round table serves as liaison to, such as ALA's International Relations Committee, with
 * how the two relate and links about it (for example the awards it, not the round table, gives).
 */
@Value.Immutable
public abstract class LiaisonBody implements WithLiaisonBody {
  LiaisonBody() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableLiaisonBody.Builder builder() {
    return ImmutableLiaisonBody.builder();
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
   * The acronym, when one is used.
   *
   * @return the acronym
   */
  public abstract Optional<@ValidText(max = 20) String> acronym();

  /**
   * How the round table relates to the body.
   *
   * @return one or two sentences, when known
   */
  public abstract Optional<@ValidText(max = 2000, multiline = true) String> relationship();

  /**
   * Links about the body.
   *
   * @return the links
   */
  public abstract List<@NotNull Link> links();

  @Value.Check
  LiaisonBody normalize() {
    if (!Text.allNfc(name(), acronym(), relationship())) {
      return builder().from(this).name(Text.nfc(name())).acronym(Text.nfc(acronym()))
          .relationship(Text.nfc(relationship())).build();
    }
    return Validators.check(this, null);
  }
}
