package org.irrt.model.contribution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.LanguageTag;
import org.irrt.model.common.ValidText;
import org.irrt.model.common.WebUrl;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;

/**
 * What a blog post says: title, summary, body (Markdown or HTML, as written; {@link SafeContent}
 * makes it safe to show), language, tags and an optional cover link. Text is kept in NFC.
 *
 * <p>{@link #hash()} is the SHA-256 of the content, the same for byte-identical content: revisions
 * carry it, and "unpublish then republish" is checked against it.
 */
@Value.Immutable
public abstract class PostContent implements WithPostContent {
  PostContent() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutablePostContent.Builder builder() {
    return ImmutablePostContent.builder();
  }

  /**
   * The title.
   *
   * @return up to 300 code points
   */
  @NotNull
  @ValidText(max = 300)
  public abstract String title();

  /**
   * A short summary for lists and feeds.
   *
   * @return up to 1000 code points, or empty
   */
  public abstract Optional<@ValidText(max = 1000, multiline = true) String> summary();

  /**
   * The body as written.
   *
   * @return up to 200,000 code points of Markdown or HTML
   */
  @NotNull
  @ValidText(max = 200_000, multiline = true)
  public abstract String body();

  /**
   * The body's format.
   *
   * @return Markdown or HTML
   */
  @NotNull
  public abstract ContentFormat format();

  /**
   * The post's language.
   *
   * @return a BCP 47 tag such as {@code en} or {@code es}
   */
  @NotNull
  @LanguageTag
  public abstract String language();

  /**
   * Tags, at most 20, each up to 50 code points.
   *
   * @return the tags
   */
  @Size(max = 20)
  public abstract List<@NotNull @ValidText(max = 50) String> tags();

  /**
   * An image or page that illustrates the post.
   *
   * @return the address, or empty
   */
  public abstract Optional<WebUrl> cover();

  /**
   * The SHA-256 of the content (every attribute, in order), in hex.
   *
   * @return 64 hex digits; equal for byte-identical content
   */
  public final String hash() {
    StringBuilder sb = new StringBuilder();
    for (Object part : List.of(title(), summary().orElse(""), body(), format().name(), language(),
        String.join("\u0001", tags()), cover().map(WebUrl::value).orElse(""))) {
      sb.append(part).append('\u0000');
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Value.Check
  PostContent normalize() {
    if (!Text.allNfc(title(), summary(), body(), tags())) {
      return builder().from(this).title(Text.nfc(title())).summary(Text.nfc(summary())).body(Text.nfc(body()))
          .tags(Text.nfc(tags())).build();
    }
    return Validators.check(this, null);
  }
}
