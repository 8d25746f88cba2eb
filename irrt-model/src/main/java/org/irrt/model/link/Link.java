package org.irrt.model.link;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.LanguageTag;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * A link as a round table's page shows it: a title, the address, what it leads to, whether it opens
 * in a new window, and the language of the page it leads to.
 *
 * <p>The address is optional because sources often name a resource without giving its address; the
 * model then says so ({@code "url": null} in JSON, {@link #addressKnown()} false) instead of
 * inventing one. When present, it is a {@link WebUrl}: absolute {@code http}/{@code https} only.
 *
 * <p>JSON: {@code {"id": "sister-libraries", "title": "...", "url": "https://...", "category":
 * "PROGRAM", "opensInNewWindow": false, "language": "en"}}.
 */
@Value.Immutable
public abstract class Link implements WithLink {
  Link() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }

  /**
   * The id, unique within a round table.
   *
   * @return the id
   */
  @NotNull
  public abstract LinkId id();

  /**
   * The title as shown, up to 300 code points.
   *
   * @return the title
   */
  @NotNull
  @ValidText(max = 300)
  public abstract String title();

  /**
   * The address, when a source gives it.
   *
   * @return the address, or empty when unknown
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<WebUrl> url();

  /**
   * What the link leads to.
   *
   * @return the category
   */
  @NotNull
  public abstract LinkCategory category();

  /**
   * Whether the page opens the link in a new window (and should say so, for accessibility).
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean opensInNewWindow() {
    return false;
  }

  /**
   * The language of the page linked to, as a BCP 47 tag.
   *
   * @return the tag, e.g. {@code en}, or empty when unknown
   */
  public abstract Optional<@LanguageTag String> language();

  /**
   * A short description, up to 2000 code points.
   *
   * @return the description
   */
  public abstract Optional<@ValidText(max = 2000, multiline = true) String> description();

  /**
   * The month the link was the featured website, for links in a {@link
   * LinkGroupKind#FEATURED_WEBSITES} group.
   *
   * @return the month, or empty when not featured or not known
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<YearMonth> featuredMonth();

  /**
   * Whether a source gives the address.
   *
   * @return {@code url().isPresent()}
   */
  public final boolean addressKnown() {
    return url().isPresent();
  }

  @Value.Check
  Link normalize() {
    if (!Text.allNfc(title(), description())) {
      return builder().from(this).title(Text.nfc(title())).description(Text.nfc(description())).build();
    }
    return Validators.check(this, null);
  }
}
