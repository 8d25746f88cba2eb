package org.irrt.model.freelinks;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;
import org.irrt.model.link.Link;

/**
 * The featured website of the month, as a schedule: one link per month, no month twice.
 */
@Value.Immutable
public abstract class FeaturedSchedule implements WithFeaturedSchedule {
  FeaturedSchedule() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableFeaturedSchedule.Builder builder() {
    return ImmutableFeaturedSchedule.builder();
  }

  /**
   * One month's featured website.
   *
   * @param month the month
   * @param link the website
   */
  public record Entry(@JsonFormat(shape = JsonFormat.Shape.STRING) YearMonth month, Link link) {
    /**
     * Checks the parts.
     *
     * @throws org.irrt.model.common.InvalidValueException naming each missing part ({@code month},
     *     {@code link}); read from JSON, at its path ({@code entries[2].month})
     */
    public Entry {
      List<org.irrt.model.common.Violation> missing = new java.util.ArrayList<>(2);
      if (month == null) {
        missing.add(org.irrt.model.internal.Messages.violation("month", "jakarta.validation.constraints.NotNull.message"));
      }
      if (link == null) {
        missing.add(org.irrt.model.internal.Messages.violation("link", "jakarta.validation.constraints.NotNull.message"));
      }
      if (!missing.isEmpty()) {
        throw new org.irrt.model.common.InvalidValueException("FeaturedSchedule.Entry", missing);
      }
    }
  }

  /**
   * The entries.
   *
   * @return one per month
   */
  public abstract List<@NotNull Entry> entries();

  /**
   * The website featured in a month.
   *
   * @param month the month
   * @return the link, if one is scheduled
   */
  public final Optional<Link> linkFor(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return entries().stream().filter(e -> e.month().equals(month)).map(Entry::link).findFirst();
  }

  @Value.Check
  FeaturedSchedule check() {
    return Validators.check(this, (s, rules) -> {
      rules.unique("entries", s.entries(), Entry::month, "month", "org.irrt.model.FeaturedSchedule.monthTwice");
    });
  }
}
