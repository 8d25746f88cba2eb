package org.irrt.workflow;

import java.util.Objects;

import org.irrt.model.member.MemberId;

/**
 * An event that holds a person's data, and says whose: a {@link WorkflowStore} writes its {@link
 * #erased erased form} into the history and keeps the full form apart, keyed by the {@link
 * #dataSubject() data subject}, until {@link WorkflowStore#erase} clears it. The history then
 * reads as the erased forms, with the audit trail whole: who (the header's actor), which command,
 * the state and when are the same in both forms.
 *
 * <p>Personal data, by this contract: a person's name, e-mail address, phone number, postal
 * address and affiliation ({@link org.irrt.model.member.Member}), an outside donor's and an
 * honoree's name ({@link org.irrt.model.pledge.Donor}, {@link org.irrt.model.pledge.Tribute}), what
 * a volunteer wrote about themselves, and the subject's member id wherever the event names it.
 * Not personal data, by contract: ids the host chooses (instance ids, actor ids, other members'
 * ids), which a host makes opaque ({@code m-000123}, never {@code maria-garcia}), and free text
 * written by officers (comments, reasons), which names no one. The erased form also leaves the
 * header's {@linkplain EventHeader#fingerprint() fingerprint} empty: it is a digest of the
 * command's content, personal data included, which anyone holding that data could confirm.
 *
 * @param <E> the event type of the workflow
 */
public interface PersonalData<E extends WorkflowEvent> {
  /**
   * Whose data the event holds.
   *
   * @return the data subject
   */
  DataSubject dataSubject();

  /**
   * The same event with every personal value of the subject replaced: the member's data as {@link
   * org.irrt.model.membership.MemberPrivacy#erase(org.irrt.model.member.Member, MemberId,
   * java.time.Instant)} leaves it (at the event's own instant), the subject's member id by the
   * pseudonym, names and the volunteer's statement by fixed wording; everything else, the header's
   * actor, command, state, instant, comment and idempotency key included, unchanged, and the
   * header's fingerprint empty.
   *
   * @param pseudonym the pseudonym the store holds for the subject
   * @return the erased form, an event of the same type
   */
  E erased(MemberId pseudonym);

  /**
   * What a store writes into the history for an event: its erased form when it holds personal
   * data, checked to be an event of the same type; the event itself otherwise.
   *
   * @param event the event as the workflow made it
   * @param pseudonym the pseudonym the store holds for the event's subject
   * @param <E> the event type
   * @return the erased form, or the event
   * @throws IllegalStateException when {@link #erased} gives null or an event of another type (a
   *     programming error in the event's record)
   */
  static <E extends WorkflowEvent> E erasedForm(E event, MemberId pseudonym) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(pseudonym, "pseudonym");
    if (!(event instanceof PersonalData<?> personal)) {
      return event;
    }
    Object erased = personal.erased(pseudonym);
    if (erased == null || erased.getClass() != event.getClass()) {
      throw new IllegalStateException(event.getClass().getName() + ".erased gave another type of event");
    }
    @SuppressWarnings("unchecked")
    E e = (E) erased;
    return e;
  }
}
