package org.irrt.model.pledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.Money;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A fundraising campaign, such as IRRT's endowment campaign: a goal, start and end dates, the fund
 * the gifts go to, and recognition levels. Rules: the end is not before the start; the goal and every
 * level are in one currency and positive, a currency in use on the start date ({@link Money#inUse});
 * levels rise.
 */
@Value.Immutable
public abstract class Campaign implements WithCampaign {
  Campaign() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableCampaign.Builder builder() {
    return ImmutableCampaign.builder();
  }

  /**
   * The id.
   *
   * @return the id
   */
  @NotNull
  public abstract CampaignId id();

  /**
   * The name.
   *
   * @return e.g. "Sixty for Sixty"
   */
  @NotNull
  @ValidText
  public abstract String name();

  /**
   * The goal.
   *
   * @return the amount sought
   */
  @NotNull
  public abstract Money goal();

  /**
   * The first day.
   *
   * @return the start date
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate startDate();

  /**
   * The last day.
   *
   * @return the end date, or empty for an open-ended campaign
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> endDate();

  /**
   * The fund gifts go to.
   *
   * @return e.g. "IRRT endowment"
   */
  @NotNull
  @ValidText
  public abstract String fund();

  /**
   * Recognition levels, lowest first.
   *
   * @return the levels
   */
  public abstract List<@NotNull RecognitionLevel> recognitionLevels();

  /**
   * The highest level a total reaches.
   *
   * @param total a donor's total pledged, in the goal's currency
   * @return the level, if any
   */
  public final Optional<RecognitionLevel> levelFor(Money total) {
    Objects.requireNonNull(total, "total");
    RecognitionLevel best = null;
    for (RecognitionLevel l : recognitionLevels()) {
      if (l.minimum().currency().equals(total.currency()) && total.compareTo(l.minimum()) >= 0) {
        best = l;
      }
    }
    return Optional.ofNullable(best);
  }

  @Value.Check
  Campaign normalize() {
    if (!Text.allNfc(name(), fund())) {
      return builder().from(this).name(Text.nfc(name())).fund(Text.nfc(fund())).build();
    }
    return Validators.check(this, Campaign::rules);
  }

  private static void rules(Campaign c, Rules rules) {
    rules.require(c.goal() == null || c.goal().amount().signum() > 0, "goal", "org.irrt.model.Campaign.goal");
    rules.require(c.goal() == null || c.startDate() == null || Money.inUse(c.goal().currency(), c.startDate()),
        "goal.currency", "org.irrt.model.currencyNotInUse", c.goal() == null ? "" : c.goal().currency().getCurrencyCode(),
        String.valueOf(c.startDate()));
    rules.require(c.startDate() == null || c.endDate().isEmpty() || !c.endDate().get().isBefore(c.startDate()),
        "", "org.irrt.model.Campaign.endBeforeStart");
    Money previous = null;
    for (int i = 0; i < c.recognitionLevels().size(); i++) {
      RecognitionLevel l = c.recognitionLevels().get(i);
      if (l == null || c.goal() == null) {
        continue;
      }
      boolean same = l.minimum().currency().equals(c.goal().currency());
      rules.require(same, "recognitionLevels[" + i + "].minimum", "org.irrt.model.Campaign.currency");
      rules.require(!same || previous == null || l.minimum().compareTo(previous) > 0,
          "recognitionLevels[" + i + "].minimum", "org.irrt.model.Campaign.levelsRise");
      if (same) {
        previous = l.minimum();
      }
    }
  }
}
