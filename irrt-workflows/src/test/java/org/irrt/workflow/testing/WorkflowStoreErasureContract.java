package org.irrt.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PeriodType;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.Tribute;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.ConcurrencyException;
import org.irrt.workflow.DataSubject;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.PersonalData;
import org.irrt.workflow.StoredEvent;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationAmended;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationCreated;
import org.irrt.workflow.membership.ApplicationEvent.ApplicationSubmitted;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.pledge.PledgeEvent.PledgeRecorded;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowStore} does with personal data (issue 18 item 3): the full form of a
 * {@link PersonalData} event is read while it is kept, the erased form after {@link
 * WorkflowStore#erase}, and then no text the store holds names the person, while the audit trail
 * (positions, versions, actors, commands, states, instants, keys) is unchanged. A store proves it
 * by a test class extending this one (shipped in irrt-workflows' test jar), giving two stores that
 * share their personal data and every text they hold: for a JDBC store, every text column of every
 * table. (In this package, not {@code org.irrt.workflow}: a store's tests on the module path could
 * not see a test class in a package of the named module.)
 */
public abstract class WorkflowStoreErasureContract {
  /** The person's data: ten strings that nothing else in a store holds. */
  public static final List<String> PERSONAL = List.of("Zoltanique", "Ravenscroft-Oyelaran",
      "zr.private77@mailbox-ouessant.example", "+33612345678", "17 Rue des Tilleuls-Brumeux", "QX7-29440",
      "Plouzévédé-sur-Mer", "Bibliothèque Quillmere-Ouessant", "Keeper of Rare Maps", "Ysolde Tremaine");

  /** The member's id: opaque, as hosts choose them (an id is not personal data by contract). */
  public static final MemberId ID = MemberId.of("m-000417");
  /** When the events happened. */
  public static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");
  /** The membership type applied for. */
  public static final MembershipType TYPE = MembershipType.builder().id(MembershipTypeId.of("intl")).name("International")
      .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
      .periodType(PeriodType.ROLLING).approvalRequired(true).paymentRequired(true).build();

  /** For subclasses. */
  protected WorkflowStoreErasureContract() {}

  /**
   * The store of membership applications under test; the same one for the whole of a test, new for
   * each test.
   *
   * @return the store
   */
  protected abstract WorkflowStore<ApplicationEvent> applications();

  /**
   * A store of pledges that shares its personal data with {@link #applications()} (the same
   * database); the same one for the whole of a test.
   *
   * @return the store
   */
  protected abstract WorkflowStore<PledgeEvent> pledges();

  /**
   * Every text the two stores hold, each as one string: for a JDBC store, every value of every text
   * column of every table (payloads as stored); for a store in memory, everything it holds, written
   * as JSON.
   *
   * @return the texts
   */
  protected abstract List<String> everyStoredText();

  /**
   * The member, with every one of {@link #PERSONAL} in it (or the last three, in the form of the
   * first seven).
   *
   * @param id the member's id
   * @return the member
   */
  public static Member person(MemberId id) {
    return Member.builder().id(id).name(PersonName.of(PERSONAL.get(0), PERSONAL.get(1)))
        .email(EmailAddress.of(PERSONAL.get(2))).phone(PhoneNumber.of(PERSONAL.get(3)))
        .postalAddress(PostalAddress.builder().addLines(PERSONAL.get(4), PERSONAL.get(5) + " " + PERSONAL.get(6))
            .country(CountryCode.of("FR")).build())
        .affiliation(Affiliation.builder().institution(PERSONAL.get(7)).position(PERSONAL.get(8)).build())
        .country(CountryCode.of("FR")).preferredLanguage("fr").category(MemberCategory.INTERNATIONAL).build();
  }

  static EventHeader header(String command, String state, Object content, String key) {
    return new EventHeader(ActorId.of(ID), command, state, AT, Optional.empty(), Optional.of(key),
        Workflow.fingerprint(content));
  }

  static ApplicationCreated created(Member member) {
    return new ApplicationCreated(header("CREATE", "DRAFT",
        new ApplicationCommand.Create(member, TYPE.id(), "token-1"), "k-create"), member, TYPE, "token-1");
  }

  static ApplicationAmended amended(Member member) {
    return new ApplicationAmended(header("AMEND", "DRAFT", new ApplicationCommand.Amend(member, 1), "k-amend"), member);
  }

  static ApplicationSubmitted submitted() {
    return new ApplicationSubmitted(new EventHeader(ActorId.of(ID), "SUBMIT", "SUBMITTED", AT, Optional.of("Done."),
        Optional.empty(), ""));
  }

  static PledgeRecorded pledged(String id, Donor donor) {
    Pledge pledge = Pledge.builder().id(PledgeId.of(id)).campaign(CampaignId.of("sixty-for-sixty")).donor(donor)
        .total(Money.of("300", "EUR")).installmentCount(3).frequency(Frequency.monthly())
        .startDate(LocalDate.of(2026, 4, 1)).tribute(Tribute.of(Tribute.Kind.IN_MEMORY_OF, PERSONAL.get(9))).build();
    return new PledgeRecorded(new EventHeader(ActorId.of("treasurer"), "RECORD", "PLEDGED", AT, Optional.empty(),
        Optional.of("k-pledge"), Workflow.fingerprint(new PledgeCommand.Record(pledge))), pledge);
  }

  private List<ApplicationEvent> application() {
    Member member = person(ID);
    List<ApplicationEvent> events = List.of(created(member), amended(member), submitted());
    applications().append("app-1", 0, events);
    return events;
  }

  private static <E> List<String> trail(List<StoredEvent<E>> stored) {
    return stored.stream().map(s -> {
      EventHeader h = ((WorkflowEvent) s.event()).header();
      return s.position() + " " + s.instanceId() + " v" + s.version() + " " + s.event().getClass().getSimpleName()
          + " " + h.actor() + " " + h.command() + " " + h.state() + " " + h.at() + " " + h.comment() + " "
          + h.idempotencyKey();
    }).toList();
  }

  private List<String> personalFound() {
    List<String> texts = everyStoredText();
    return PERSONAL.stream().filter(p -> texts.stream().anyMatch(t -> t.contains(p))).toList();
  }

  @Test
  void everyReadGivesTheFullFormWhileItIsKept() {
    List<ApplicationEvent> events = application();
    assertThat(applications().load("app-1")).containsExactlyElementsOf(events);
    assertThat(applications().load("app-1", 1)).containsExactlyElementsOf(events.subList(1, 3));
    assertThat(applications().withKey("app-1", "k-create")).extracting(StoredEvent::event).containsExactly(events.get(0));
    assertThat(applications().read(0, 10)).extracting(StoredEvent::event).containsExactlyElementsOf(events);
    assertThat(personalFound()).as("the scan sees the full forms kept apart").containsExactlyElementsOf(PERSONAL.subList(0, 9));
  }

  @Test
  void afterErasureEveryReadGivesTheErasedFormAndNoStoredTextHoldsThePerson() {
    List<ApplicationEvent> events = application();
    pledges().append("pledge-1", 0, List.of(pledged("pledge-1", Donor.member(ID))));

    Optional<MemberId> pseudonym = applications().erase(DataSubject.member(ID));

    assertThat(pseudonym).hasValueSatisfying(p -> assertThat(p.value()).matches("erased-[0-9]{25}"));
    MemberId p = pseudonym.orElseThrow();
    List<ApplicationEvent> erased = List.of(created(person(ID)).erased(p), amended(person(ID)).erased(p), events.get(2));
    assertThat(applications().load("app-1")).containsExactlyElementsOf(erased);
    assertThat(applications().load("app-1", 2)).containsExactly(events.get(2));
    assertThat(applications().withKey("app-1", "k-amend")).extracting(StoredEvent::event).containsExactly(erased.get(1));
    assertThat(applications().read(0, 10)).extracting(StoredEvent::event).containsExactlyElementsOf(erased);
    Member member = ((ApplicationCreated) applications().load("app-1").get(0)).applicant();
    assertThat(member.id()).isEqualTo(p);
    assertThat(member.name().givenNames()).contains("Former member " + p.value());
    assertThat(member.phone()).isEmpty();
    assertThat(personalFound()).isEmpty();
  }

  @Test
  void theAuditTrailIsTheSameAfterErasureButForTheFingerprintsOfTheErasedForms() {
    application();
    List<String> before = trail(applications().read(0, 10));

    applications().erase(DataSubject.member(ID));

    assertThat(trail(applications().read(0, 10))).isEqualTo(before).hasSize(3);
    assertThat(applications().load("app-1")).extracting(e -> e.header().fingerprint()).containsExactly("", "", "");
    assertThat(applications().withKey("app-1", "k-create")).extracting(s -> s.event().header().idempotencyKey())
        .containsExactly(Optional.of("k-create"));
  }

  @Test
  void aPersonHasOnePseudonymInEveryStoreSharingItsPersonalDataAndOneErasureReachesThemAll() {
    application();
    PledgeRecorded pledge = pledged("pledge-1", Donor.member(ID));
    pledges().append("pledge-1", 0, List.of(pledge));
    assertThat(pledges().load("pledge-1")).containsExactly(pledge);

    MemberId p = applications().erase(DataSubject.member(ID)).orElseThrow();

    assertThat(pledges().load("pledge-1")).containsExactly(pledge.erased(p));
    assertThat(((PledgeRecorded) pledges().load("pledge-1").get(0)).pledge().donor()).isEqualTo(Donor.member(p));
    assertThat(pledges().erase(DataSubject.member(ID))).isEmpty();
    assertThat(personalFound()).isEmpty();
  }

  @Test
  void anOutsideDonorIsErasedByThePledge() {
    PledgeRecorded pledge = pledged("pledge-2", Donor.outside(PERSONAL.get(0) + " " + PERSONAL.get(1)));
    pledges().append("pledge-2", 0, List.of(pledge));
    assertThat(personalFound()).containsExactly(PERSONAL.get(0), PERSONAL.get(1), PERSONAL.get(9));

    MemberId p = pledges().erase(DataSubject.outsideDonor(PledgeId.of("pledge-2"))).orElseThrow();

    Pledge read = ((PledgeRecorded) pledges().load("pledge-2").get(0)).pledge();
    assertThat(read.donor()).isEqualTo(Donor.outside("Former donor " + p.value()));
    assertThat(read.tribute()).contains(Tribute.of(Tribute.Kind.IN_MEMORY_OF, "Name erased"));
    assertThat(read.total()).isEqualTo(pledge.pledge().total());
    assertThat(personalFound()).isEmpty();
  }

  @Test
  void erasingAnUnknownSubjectChangesNothing() {
    List<ApplicationEvent> events = application();

    assertThat(applications().erase(DataSubject.member(MemberId.of("m-999999")))).isEmpty();
    assertThat(pledges().erase(DataSubject.outsideDonor(PledgeId.of("pledge-9")))).isEmpty();

    assertThat(applications().load("app-1")).containsExactlyElementsOf(events);
  }

  @Test
  void erasingTwiceChangesNothingMore() {
    application();
    MemberId p = applications().erase(DataSubject.member(ID)).orElseThrow();
    List<ApplicationEvent> once = applications().load("app-1");

    assertThat(applications().erase(DataSubject.member(ID))).isEmpty();

    assertThat(applications().load("app-1")).isEqualTo(once);
    assertThat(((ApplicationCreated) once.get(0)).applicant().id()).isEqualTo(p);
  }

  @Test
  void anotherPersonKeepsTheirDataAndTheirOwnPseudonym() {
    application();
    Member other = Member.builder().from(person(MemberId.of("m-000418"))).name(PersonName.of("Ana", "Lima"))
        .email(EmailAddress.of("ana@example.org")).build();
    applications().append("app-2", 0, List.of(created(other)));

    MemberId p = applications().erase(DataSubject.member(ID)).orElseThrow();

    assertThat(applications().load("app-2")).containsExactly(created(other));
    MemberId q = applications().erase(DataSubject.member(other.id())).orElseThrow();
    assertThat(q).isNotEqualTo(p);
  }

  @Test
  void aRefusedAppendKeepsNothingApart() {
    application();
    Member other = person(MemberId.of("m-000418"));

    assertThatThrownBy(() -> applications().append("app-1", 1, List.of(amended(other))))
        .isInstanceOf(ConcurrencyException.class);

    assertThat(applications().erase(DataSubject.member(other.id()))).isEmpty();
  }

  @Test
  void dataAppendedAfterAnErasureIsKeptAndErasedAgainUnderANewPseudonym() {
    application();
    MemberId p = applications().erase(DataSubject.member(ID)).orElseThrow();
    ApplicationAmended again = amended(person(ID));
    applications().append("app-1", 3, List.of(again));
    assertThat(applications().load("app-1", 3)).containsExactly(again);

    MemberId q = applications().erase(DataSubject.member(ID)).orElseThrow();

    assertThat(q).isNotEqualTo(p);
    assertThat(applications().load("app-1", 3)).containsExactly(again.erased(q));
    assertThat(personalFound()).isEmpty();
  }
}
