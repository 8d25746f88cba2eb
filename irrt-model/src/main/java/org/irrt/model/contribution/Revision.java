package org.irrt.model.contribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.immutables.value.Value;
import org.irrt.model.internal.Validators;
import org.irrt.model.member.MemberId;

/** One saved version of a contribution: its number, who saved it, when, and the content. */
@Value.Immutable
public abstract class Revision implements WithRevision {
  Revision() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableRevision.Builder builder() {
    return ImmutableRevision.builder();
  }

  /**
   * The number, 1 for the first.
   *
   * @return 1 or more
   */
  @Min(1)
  public abstract int number();

  /**
   * Who saved it (the contributor or an editor).
   *
   * @return the member id
   */
  @NotNull
  public abstract MemberId author();

  /**
   * When it was saved.
   *
   * @return the instant
   */
  @NotNull
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Instant savedAt();

  /**
   * The content.
   *
   * @return the content
   */
  @NotNull
  public abstract PostContent content();

  /**
   * The content's hash.
   *
   * @return {@code content().hash()}
   */
  public final String contentHash() {
    return content().hash();
  }

  @Value.Check
  Revision check() {
    return Validators.check(this, null);
  }
}
