package org.irrt.model.roundtable;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * An initiative of a round table: a professional-development program, a blog, a fundraising
 * campaign, a partnership program or a publication, with what the sources say about it.
 */
@Value.Immutable
public abstract class Initiative implements WithInitiative {
  Initiative() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableInitiative.Builder builder() {
    return ImmutableInitiative.builder();
  }

  /**
   * The id, unique within a round table.
   *
   * @return the id
   */
  @NotNull
  public abstract InitiativeId id();

  /**
   * The kind.
   *
   * @return the kind
   */
  @NotNull
  public abstract InitiativeKind kind();

  /**
   * The name as the round table uses it.
   *
   * @return the name
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * What it is, as the round table's page says it.
   *
   * @return one paragraph, up to 4000 code points
   */
  @NotNull
  @ValidText(max = 4000, multiline = true)
  public abstract String summary();

  /**
   * When it began, to the precision the sources give.
   *
   * @return the date, when known
   */
  public abstract Optional<PartialDate> started();

  /**
   * Its themes or topics, in the order the sources give them.
   *
   * @return the topics
   */
  public abstract List<@NotNull @ValidText String> topics();

  /**
   * Further facts, each a sentence with its source.
   *
   * @return the facts
   */
  public abstract List<@NotNull @ValidText(max = 2000, multiline = true) String> facts();

  /**
   * The initiative's page.
   *
   * @return the address, when a source gives it
   */
  public abstract Optional<WebUrl> url();

  @Value.Check
  Initiative normalize() {
    if (!Text.allNfc(name(), summary(), topics(), facts())) {
      return builder().from(this).name(Text.nfc(name())).summary(Text.nfc(summary()))
          .topics(Text.nfc(topics())).facts(Text.nfc(facts())).build();
    }
    return Validators.check(this, null);
  }
}
