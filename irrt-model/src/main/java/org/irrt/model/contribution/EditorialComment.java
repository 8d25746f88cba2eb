package org.irrt.model.contribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.immutables.value.Value;
import org.irrt.model.common.ValidText;
import org.irrt.model.internal.Text;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.MemberId;

/** A comment in a contribution's editorial thread, about one revision. */
@Value.Immutable
public abstract class EditorialComment implements WithEditorialComment {
  EditorialComment() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableEditorialComment.Builder builder() {
    return ImmutableEditorialComment.builder();
  }

  /**
   * The revision the comment speaks about.
   *
   * @return its number
   */
  @Min(1)
  public abstract int revision();

  /**
   * Who wrote it.
   *
   * @return the member id
   */
  @NotNull
  public abstract MemberId author();

  /**
   * When.
   *
   * @return the instant
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Instant writtenAt();

  /**
   * The comment.
   *
   * @return up to 4000 code points
   */
  @NotNull
  @ValidText(max = 4000, multiline = true)
  public abstract String text();

  @Value.Check
  EditorialComment normalize() {
    if (!Text.isNfc(text())) {
      return builder().from(this).text(Text.nfc(text())).build();
    }
    return Validators.check(this, null);
  }
}
