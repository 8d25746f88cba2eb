package org.irrt.model.pledge;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/** A gift made in honour or in memory of someone (CiviCRM honoree, NPSP tribute). */
@Value.Immutable
public abstract class Tribute implements WithTribute {
  Tribute() {}

  /** In honour or in memory. */
  public enum Kind {
    /** In honour of a living person. */
    IN_HONOUR_OF,
    /** In memory of someone. */
    IN_MEMORY_OF
  }

  /**
   * A tribute.
   *
   * @param kind honour or memory
   * @param name the person honoured
   * @return the tribute
   */
  public static Tribute of(Kind kind, String name) {
    return ImmutableTribute.builder().kind(kind).name(name).build();
  }

  /**
   * Honour or memory.
   *
   * @return the kind
   */
  @NotNull
  public abstract Kind kind();

  /**
   * The person honoured or remembered.
   *
   * @return the name
   */
  @NotNull
  @ValidText
  @Value.Redacted
  public abstract String name();

  @Value.Check
  Tribute check() {
    if (!Text.isNfc(name())) {
      return ImmutableTribute.builder().from(this).name(Text.nfc(name())).build();
    }
    return Validators.check(this, null);
  }
}
