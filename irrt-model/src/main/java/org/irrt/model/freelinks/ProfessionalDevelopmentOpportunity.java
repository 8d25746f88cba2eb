package org.irrt.model.freelinks;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.LanguageTag;
import org.irrt.model.common.Money;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A free professional development opportunity of the Free Links Program: a tutorial, webinar, course
 * or toolkit on the web, for librarians abroad who lack travel funds (IRRT, Emerging Leaders 2008).
 *
 * <p>Rules: the programme lists free opportunities only, so a cost above zero is refused with a
 * reason; the availability window does not end before it starts; at least one language.
 */
@Value.Immutable
public abstract class ProfessionalDevelopmentOpportunity implements WithProfessionalDevelopmentOpportunity {
  ProfessionalDevelopmentOpportunity() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableProfessionalDevelopmentOpportunity.Builder builder() {
    return ImmutableProfessionalDevelopmentOpportunity.builder();
  }

  /**
   * The id.
   *
   * @return the id
   */
  @NotNull
  public abstract OpportunityId id();

  /**
   * The title.
   *
   * @return the title
   */
  @NotNull
  @ValidText(max = 300)
  public abstract String title();

  /**
   * Who offers it.
   *
   * @return the provider
   */
  @NotNull
  @ValidText
  public abstract String provider();

  /**
   * Where it is.
   *
   * @return the address
   */
  @NotNull
  public abstract WebUrl url();

  /**
   * Its form.
   *
   * @return the format
   */
  @NotNull
  public abstract OpportunityFormat format();

  /**
   * The languages it is offered in.
   *
   * @return BCP 47 tags, at least one
   */
  @NotEmpty
  public abstract List<@NotNull @LanguageTag String> languages();

  /**
   * Its topics, such as "Disaster planning and recovery".
   *
   * @return the topics
   */
  public abstract List<@NotNull @ValidText String> topics();

  /**
   * Who it is for.
   *
   * @return e.g. "Library directors", or empty
   */
  public abstract Optional<@ValidText String> audience();

  /**
   * The first day it is available.
   *
   * @return the date, or empty when always
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> availableFrom();

  /**
   * The last day it is available.
   *
   * @return the date, or empty when open-ended
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> availableUntil();

  /**
   * What it costs.
   *
   * @return zero, in any currency (the programme lists free opportunities only)
   */
  @NotNull
  public abstract Money cost();

  /**
   * Whether it is available on a day.
   *
   * @param day the day
   * @return whether the day is within the window
   */
  public final boolean availableOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return availableFrom().map(f -> !day.isBefore(f)).orElse(true) && availableUntil().map(u -> !day.isAfter(u)).orElse(true);
  }

  @Value.Check
  ProfessionalDevelopmentOpportunity normalize() {
    if (!Text.allNfc(title(), provider(), topics(), audience())) {
      return builder().from(this).title(Text.nfc(title())).provider(Text.nfc(provider())).topics(Text.nfc(topics()))
          .audience(Text.nfc(audience())).build();
    }
    return Validators.check(this, (o, rules) -> {
      rules.require(o.cost() == null || o.cost().isZero(), "cost", "org.irrt.model.Opportunity.notFree");
      rules.require(o.availableFrom().isEmpty() || o.availableUntil().isEmpty()
          || !o.availableUntil().get().isBefore(o.availableFrom().get()), "", "org.irrt.model.Opportunity.window");
    });
  }
}
