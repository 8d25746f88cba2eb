package org.irrt.model.link;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Rules;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A titled group of links as a page shows it, such as "Featured websites of the month" or "Related
 * Links", in page order.
 *
 * <p>Rules: link ids are unique within the group; only a {@link LinkGroupKind#FEATURED_WEBSITES}
 * group gives links a {@link Link#featuredMonth()}, and no month is featured twice.
 */
@Value.Immutable
public abstract class LinkGroup implements WithLinkGroup {
  LinkGroup() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableLinkGroup.Builder builder() {
    return ImmutableLinkGroup.builder();
  }

  /**
   * The id, unique within a round table.
   *
   * @return the id
   */
  @NotNull
  public abstract LinkGroupId id();

  /**
   * The heading as shown.
   *
   * @return the heading
   */
  @NotNull
  @ValidText(max = 200)
  public abstract String title();

  /**
   * How the group is shown.
   *
   * @return the kind
   */
  @NotNull
  public abstract LinkGroupKind kind();

  /**
   * The topic of a group of related links, when the page gives one.
   *
   * @return the topic
   */
  public abstract Optional<@ValidText(max = 200) String> topic();

  /**
   * The links in page order.
   *
   * @return the links; may be empty when the page shows only a heading
   */
  public abstract List<@NotNull Link> links();

  /**
   * The link featured in a month.
   *
   * @param month the month
   * @return the link featured then, if any
   */
  public final Optional<Link> featuredIn(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return links().stream().filter(l -> l.featuredMonth().equals(Optional.of(month))).findFirst();
  }

  @Value.Check
  LinkGroup normalize() {
    if (!Text.allNfc(title(), topic())) {
      return builder().from(this).title(Text.nfc(title())).topic(Text.nfc(topic())).build();
    }
    return Validators.check(this, LinkGroup::rules);
  }

  private static void rules(LinkGroup group, Rules rules) {
    rules.unique("links", group.links(), Link::id, "id", "org.irrt.model.duplicateId");
    rules.unique("links", group.links(), link -> link.featuredMonth().orElse(null), "featuredMonth",
        "org.irrt.model.LinkGroup.monthTwice");
    for (int i = 0; i < group.links().size(); i++) {
      Link link = group.links().get(i);
      if (link != null && link.featuredMonth().isPresent()) {
        rules.require(group.kind() == LinkGroupKind.FEATURED_WEBSITES, "links[" + i + "].featuredMonth",
            "org.irrt.model.LinkGroup.monthOutsideFeatured");
      }
    }
  }
}
