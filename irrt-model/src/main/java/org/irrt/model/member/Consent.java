package org.irrt.model.member;

import org.immutables.value.Value;

/**
 * What a member agreed to. Everything defaults to "no": consent is given, never assumed (GDPR
 * Article 7).
 */
@Value.Immutable
public abstract class Consent implements WithConsent {
  // The four possible values, built when the class is initialised (which publishes them safely to
  // every thread) and shared: a member's consent costs no object of its own. Immutables' own
  // interning went through a ConcurrentHashMap.putIfAbsent per build.
  private static final Consent[] SHARED = all();
  private static final Consent NONE = SHARED[0];

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

  private static Consent[] all() {
    Consent[] all = new Consent[4];
    for (int i = 0; i < 4; i++) {
      all[i] = ImmutableConsent.builder().directoryListing((i & 1) != 0).newsletter((i & 2) != 0).build();
    }
    return all;
  }

  @Value.Check
  Consent shared() {
    Consent[] all = SHARED;
    return all == null ? this : all[(directoryListing() ? 1 : 0) + (newsletter() ? 2 : 0)]; // null while they are built
  }
}
