package org.irrt.model.pledge;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.irrt.model.common.Money;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/** A named level donors are recognised at, from a minimum total pledged. */
@Value.Immutable
public abstract class RecognitionLevel implements WithRecognitionLevel {
  RecognitionLevel() {}

  /**
   * A level.
   *
   * @param name e.g. "Friend"
   * @param minimum the least total pledged for it
   * @return the level
   */
  public static RecognitionLevel of(String name, Money minimum) {
    return ImmutableRecognitionLevel.builder().name(name).minimum(minimum).build();
  }

  /**
   * The name.
   *
   * @return e.g. "Patron"
   */
  @NotNull
  @ValidText(max = 100)
  public abstract String name();

  /**
   * The least total pledged.
   *
   * @return the amount, in the campaign's currency
   */
  @NotNull
  public abstract Money minimum();

  @Value.Check
  RecognitionLevel check() {
    if (!Text.isNfc(name())) {
      return ImmutableRecognitionLevel.builder().from(this).name(Text.nfc(name())).build();
    }
    return Validators.check(this, null);
  }
}
