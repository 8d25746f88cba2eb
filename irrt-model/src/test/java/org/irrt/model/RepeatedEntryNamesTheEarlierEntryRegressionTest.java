package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irrt.model.testing.Samples.committee;
import static org.irrt.model.testing.Samples.group;
import static org.irrt.model.testing.Samples.link;
import static org.irrt.model.testing.Samples.roundTable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.Violation;
import org.irrt.model.freelinks.FeaturedSchedule;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.roundtable.LiaisonBody;
import org.irrt.model.testing.ModelSamples;
import org.junit.jupiter.api.Test;

/**
 * A staff member validating a register of 500 members got {@code members[2].id: repeats an id used
 * earlier in the list} and had to search the file by hand for the other entry (2026-12-07). Every
 * "repeats" rule over a list now names the first entry it repeats by its full path from the
 * document's root, never by the repeated value (an id may be personal data), at any depth.
 */
class RepeatedEntryNamesTheEarlierEntryRegressionTest {

  /** The violations of a refused call as {@code path: message} lines in a locale. */
  static List<String> messages(Locale locale, ThrowingCallable call) {
    List<String> out = new ArrayList<>();
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      for (Violation v : e.violations()) {
        out.add(v.path() + ": " + v.message(locale));
      }
    });
    return out;
  }

  @Test
  void aRepeatedMemberIdNamesTheFirstMemberWithItNotTheId() {
    var ana = ModelSamples.MEMBER;
    var bo = Member.builder().from(ana).id(MemberId.of("m-2")).build();
    ThrowingCallable build = () -> MembershipRegister.builder().addTypes(ModelSamples.TYPE)
        .addMembers(ana, bo, ana, bo, ana).build();
    assertThat(messages(Locale.ENGLISH, build)).containsExactly(
        "members[2].id: repeats the id of members[0]",
        "members[3].id: repeats the id of members[1]",
        "members[4].id: repeats the id of members[0]");
    assertThat(messages(Locale.GERMAN, build)).first().isEqualTo("members[2].id: wiederholt die ID von members[0]");
    assertThat(String.join("\n", messages(Locale.FRENCH, build))).doesNotContain("m-1", "m-2")
        .startsWith("members[2].id: répète l’identifiant de members[0]");
  }

  @Test
  void aLinkRepeatedInsideAGroupNamesTheFirstLinkFromTheGroupAndFromTheRoundTable() {
    ThrowingCallable inGroup = () -> group("g", LinkGroupKind.RELATED_LINKS, link("a"), link("b"), link("c"),
        link("a"));
    assertThat(messages(Locale.ENGLISH, inGroup)).containsExactly("links[3].id: repeats the id of links[0]");
    InvalidValueException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        inGroup);
    Violation nested = refused.violations().get(0).under("linkGroups[1]");
    assertThat(nested.path()).isEqualTo("linkGroups[1].links[3].id");
    assertThat(nested.relatedPaths()).containsExactly("linkGroups[1].links[0]");
    assertThat(nested.message(Locale.ENGLISH)).isEqualTo("repeats the id of linkGroups[1].links[0]");
    assertThat(nested.message(Locale.forLanguageTag("es"))).isEqualTo("repite el identificador de linkGroups[1].links[0]");
    assertThat(nested.under("[4]").message(Locale.ENGLISH)).isEqualTo("repeats the id of [4].linkGroups[1].links[0]");
  }

  @Test
  void aLinkIdRepeatedAcrossGroupsAndLiaisonBodiesNamesTheFirstLinkWithItWhereverItIs() {
    assertThat(messages(Locale.ENGLISH, () -> roundTable().withLinkGroups(
            group("one", LinkGroupKind.RELATED_LINKS, link("a"), link("b")),
            group("two", LinkGroupKind.NAVIGATION, link("c"), link("b")))))
        .containsExactly("linkGroups[1].links[1].id: repeats the id of linkGroups[0].links[1]");
    var body = LiaisonBody.builder().name("IRC").addLinks(link("x"), link("b")).build();
    assertThat(messages(Locale.forLanguageTag("ru"), () -> roundTable().withLiaisonBodies(body, body)))
        .containsExactly("liaisonBodies[0].links[1].id: повторяет идентификатор записи linkGroups[0].links[1]",
            "liaisonBodies[1].links[0].id: повторяет идентификатор записи liaisonBodies[0].links[0]",
            "liaisonBodies[1].links[1].id: повторяет идентификатор записи linkGroups[0].links[1]");
  }

  @Test
  void committeesRolesAndMonthsRepeatedNameTheirFirstEntry() {
    assertThat(messages(Locale.ENGLISH, () -> roundTable().withCommittees(committee("a"), committee("b"),
            committee("a"))))
        .containsExactly("committees[2].id: repeats the id of committees[0]");
    assertThat(messages(Locale.forLanguageTag("zh"), () -> committee("c").withSeats(SeatLimit.of(CommitteeRole.CHAIR, 1, 1),
            SeatLimit.of(CommitteeRole.MEMBER, 0, 1), SeatLimit.of(CommitteeRole.CHAIR, 0, 1))))
        .containsExactly("seats[2].role: 重复了 seats[0] 的角色");
    YearMonth may = YearMonth.of(2016, 5);
    assertThat(messages(Locale.ENGLISH, () -> group("g", LinkGroupKind.FEATURED_WEBSITES,
            link("a").withFeaturedMonth(may), link("b").withFeaturedMonth(may.plusMonths(1)),
            link("c").withFeaturedMonth(may))))
        .containsExactly("links[2].featuredMonth: repeats the month featured by links[0]");
    var entry = new FeaturedSchedule.Entry(may, link("a"));
    assertThat(messages(Locale.forLanguageTag("ar"), () -> FeaturedSchedule.builder().addEntries(entry, entry).build()))
        .containsExactly("entries[1].month: يكرر شهر العنصر entries[0]");
  }

  @Test
  void repeatedPaymentIdsOfAPledgeAndOfAMembershipNameTheFirstPayment() {
    var pay = PledgePayment.of("pay-1", Money.of("10", "USD"), LocalDate.of(2026, 1, 15));
    assertThat(messages(Locale.ENGLISH, () -> Pledge.builder().from(ModelSamples.PLEDGE)
        .addPayments(pay, PledgePayment.of("pay-2", pay.amount(), pay.receivedOn()), pay).build()))
        .containsExactly("payments[2].paymentId: repeats the id of payments[0]");
    var ms = ModelSamples.MEMBERSHIP;
    var ref = PaymentReference.of("pay-9", ModelSamples.TYPE.fee(), ms.startDate());
    assertThat(messages(Locale.FRENCH, () -> Membership.builder().from(ms).addPayments(ref, ref).build()))
        .containsExactly("payments[1].paymentId: répète l’identifiant de payments[0]");
  }
}
