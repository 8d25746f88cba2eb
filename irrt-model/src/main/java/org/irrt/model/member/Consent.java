package org.irrt.model.member;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * What a member agreed to. Everything defaults to "no": consent is given, never assumed (GDPR
 * Article 7).
 */
@Value.Immutable(intern = true)
@JsonDeserialize(as = ImmutableConsent.class)
public abstract class Consent implements WithConsent {
  private static final Consent NONE = ImmutableConsent.builder().build();

  Consent() {}

  /**
   * No consent at all.
   *
   * @return the consent that lists nothing
   */
  public static Consent none() {
    return NONE;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableConsent.Builder builder() {
    return ImmutableConsent.builder();
  }

  /**
   * Whether the member may be listed in the member directory.
   *
   * @return {@code false} unless given
   */
  @Value.Default
  public boolean directoryListing() {
    return false;
  }

  /**
   * Whether the member receives the newsletter.
   *
   * @return {@code false} unless given
   */
  @Value.Default
  public boolean newsletter() {
    return false;
  }
}
