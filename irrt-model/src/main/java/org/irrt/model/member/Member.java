package org.irrt.model.member;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.LanguageTag;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.internal.Validators;

/**
 * A member of the round table: a person with contact data, country, preferred language,
 * affiliation, member category and consent.
 *
 * <p>Lifecycle: a member is created when an application is approved (see {@code
 * org.irrt.workflow.membership}), changed with {@code with*} (validated again), and on request
 * erased: {@link org.irrt.model.membership.MemberPrivacy#erase} pseudonymises the person and keeps the id, so memberships,
 * payments and audit facts that refer to the member stay consistent.
 *
 * <p>Personal data (name, e-mail, phone, postal address, affiliation) never appears in {@code
 * toString()} or in exception messages.
 */
@Value.Immutable
public abstract class Member implements WithMember {
  Member() {}

  /**
   * A builder; {@code build()} validates.
   *
   * @return a new builder
   */
  public static ImmutableMember.Builder builder() {
    return ImmutableMember.builder();
  }

  /**
   * The id.
   *
   * @return the id
   */
  @NotNull
  public abstract MemberId id();

  /**
   * The person's name.
   *
   * @return the name
   */
  @NotNull
  @Value.Redacted
  public abstract PersonName name();

  /**
   * The e-mail address.
   *
   * @return the address
   */
  @NotNull
  @Value.Redacted
  public abstract EmailAddress email();

  /**
   * A telephone number.
   *
   * @return the number, or empty
   */
  @Value.Redacted
  public abstract Optional<PhoneNumber> phone();

  /**
   * The postal address.
   *
   * @return the address, or empty
   */
  @Value.Redacted
  public abstract Optional<PostalAddress> postalAddress();

  /**
   * The country the member lives in.
   *
   * @return the ISO 3166-1 code
   */
  @NotNull
  public abstract CountryCode country();

  /**
   * The language the member prefers for messages.
   *
   * @return a BCP 47 tag such as {@code es} or {@code fr-CA}
   */
  @NotNull
  @LanguageTag
  public abstract String preferredLanguage();

  /**
   * Where the member works.
   *
   * @return the affiliation, or empty
   */
  @Value.Redacted
  public abstract Optional<Affiliation> affiliation();

  /**
   * The member category.
   *
   * @return the category
   */
  @NotNull
  public abstract MemberCategory category();

  /**
   * What the member agreed to.
   *
   * @return the consent; none unless given
   */
  @Value.Default
  public Consent consent() {
    return Consent.none();
  }

  /**
   * When the member's personal data was erased on request.
   *
   * @return the instant, or empty for a member whose data is held
   */
  @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
  public abstract Optional<Instant> erasedAt();

  /**
   * Whether the personal data was erased.
   *
   * @return {@code erasedAt().isPresent()}
   */
  @JsonIgnore
  public final boolean isErased() {
    return erasedAt().isPresent();
  }

  @Value.Check
  Member check() {
    return Validators.check(this, null);
  }
}
