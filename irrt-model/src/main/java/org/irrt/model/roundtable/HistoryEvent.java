package org.irrt.model.roundtable;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/** A dated fact of a round table's history, such as "Constitution adopted" in 1950. */
@Value.Immutable
public abstract class HistoryEvent implements WithHistoryEvent {
  HistoryEvent() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableHistoryEvent.Builder builder() {
    return ImmutableHistoryEvent.builder();
  }

  /**
   * When, to the precision the source gives.
   *
   * @return the date
   */
  @NotNull
  public abstract PartialDate date();

  /**
   * What happened.
   *
   * @return one sentence, up to 1000 code points
   */
  @NotNull
  @ValidText(max = 1000)
  public abstract String description();

  /**
   * Where the fact comes from.
   *
   * @return a citation, when known
   */
  public abstract java.util.Optional<@ValidText(max = 500) String> source();

  @Value.Check
  HistoryEvent normalize() {
    if (!Text.allNfc(description(), source())) {
      return builder().from(this).description(Text.nfc(description())).source(Text.nfc(source())).build();
    }
    return Validators.check(this, null);
  }
}
