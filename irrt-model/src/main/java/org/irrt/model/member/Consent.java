package org.irrt.model.member;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * What a member agreed to. Everything defaults to "no": consent is given, never assumed (GDPR
 * Article 7).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableConsent.class)
public abstract class Consent implements WithConsent {
  // The four possible values, each shared once built: a member's consent costs no object of its own.
  // (Immutables' own interning goes through a ConcurrentHashMap.putIfAbsent per build.)
  private static final Consent[] SHARED = new Consent[4];
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

  @Value.Check
  Consent shared() {
    int index = (directoryListing() ? 1 : 0) + (newsletter() ? 2 : 0);
    Consent shared = SHARED[index];
    if (shared == null) {
      SHARED[index] = this; // a race builds two equal values, both correct
      return this;
    }
    return shared;
  }
}
