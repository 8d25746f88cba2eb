package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.internal.Messages;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.testing.ModelSamples;
import org.junit.jupiter.api.Test;

/**
 * The adversary of "a repeat names the first entry" (2026-12-07): the report's order in a long list,
 * 100,000 entries with one id, paths moved under indices, empty prefixes and quoted names.
 */
class RepeatedEntriesAdversaryTest {
  private static Member member(String id) {
    return Member.builder().from(ModelSamples.MEMBER).id(MemberId.of(id)).build();
  }

  private static List<Violation> violations(List<Member> members) {
    List<Violation> out = new ArrayList<>();
    assertThatThrownBy(() -> MembershipRegister.builder().addTypes(ModelSamples.TYPE).addAllMembers(members).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> out.addAll(e.violations()));
    return out;
  }

  @Test
  void repeatsInARegisterOfTwelveMembersAreListedInTheFilesOrderNotAsTextSoMembers2ComesBeforeMembers10() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      members.add(member(i == 2 || i == 10 ? "m-0" : "m-" + i));
    }
    // before: members[10].id came first (the paths were sorted as text)
    assertThat(violations(members)).extracting(v -> v.path() + ": " + v.message(Locale.ENGLISH)).containsExactly(
        "members[2].id: repeats the id of members[0]", "members[10].id: repeats the id of members[0]");
  }

  @Test
  void aRegisterOf100000MembersWithOneIdNamesTheFirstMemberIn99999ViolationsInTheFilesOrder() {
    List<Member> members = Collections.nCopies(100_000, member("m-1"));
    long start = System.nanoTime();
    List<Violation> found = violations(members);
    System.out.printf("100,000 members with one id: %d violations in %d ms%n", found.size(),
        (System.nanoTime() - start) / 1_000_000);
    assertThat(found).hasSize(99_999);
    assertThat(found.get(0).path()).isEqualTo("members[1].id");
    assertThat(found.get(8).path()).isEqualTo("members[9].id");
    assertThat(found.get(9).path()).isEqualTo("members[10].id");
    assertThat(found.get(99_998).path()).isEqualTo("members[99999].id");
    assertThat(found).allSatisfy(v -> assertThat(v.relatedPaths()).containsExactly("members[0]"));
    assertThat(found.get(99_998).message(Locale.ENGLISH)).isEqualTo("repeats the id of members[0]");
  }

  @Test
  void aRepeatAtAnIndexMovedUnderSeveralLevelsAndEmptyPrefixesKeepsItsPathAndTheFirstEntrysTogether() {
    Violation v = Messages.naming("[3].id", "org.irrt.model.duplicateId", "[0]")
        .under("").under("[\"a b\"]").under("").under("sites[2]").under("[1]");
    assertThat(v.path()).isEqualTo("[1].sites[2][\"a b\"][3].id");
    assertThat(v.relatedPaths()).containsExactly("[1].sites[2][\"a b\"][0]");
    String first = "[1].sites[2][\"a b\"][0]";
    assertThat(List.of("", "ar", "de", "es", "fr", "ru", "zh")).extracting(l -> v.message(Locale.forLanguageTag(l)))
        .containsExactly("repeats the id of " + first, "يكرر معرّف العنصر " + first, "wiederholt die ID von " + first,
            "repite el identificador de " + first, "répète l’identifiant de " + first,
            "повторяет идентификатор записи " + first, "重复了 " + first + " 的标识");
    assertThat(v.relatedPaths()).isUnmodifiable();
  }

  @Test
  void twoRepeatsAtOnePathAreEqualWhateverEntryTheyName() {
    Violation a = Messages.naming("links[2].id", "org.irrt.model.duplicateId", "links[0]");
    Violation b = Messages.naming("links[2].id", "org.irrt.model.duplicateId", "links[1]");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b); // as the class says: path and code
    assertThat(a.under("g").relatedPaths()).containsExactly("g.links[0]");
  }
}
