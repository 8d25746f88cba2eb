package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.ModelSamples;
import org.irrt.model.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A register file of 500 members with a repeated id said {@code members[2].id: repeats an id used
 * earlier in the list}, and the staff member had to search the file for the other entry
 * (2026-12-07). Read from JSON, through the ready mapper and a host's own, a repeat names the first
 * entry by its full path from the document's root, at every depth, never by the repeated value.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class RepeatedEntryNamesTheEarlierEntryRegressionTest {
  @Parameter
  JsonBinding json;

  /** A host's own record holding link groups, as a site's settings file might. */
  record Site(List<LinkGroup> groups) {}

  /** The violations of a refused read as {@code path: message} lines in a locale. */
  static List<String> messages(Locale locale, ThrowingCallable call) {
    List<String> out = new ArrayList<>();
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      for (Violation v : e.violations()) {
        out.add(v.path() + ": " + v.message(locale));
      }
    });
    return out;
  }

  private static Member member(String id) {
    return Member.builder().from(ModelSamples.MEMBER).id(MemberId.of(id)).build();
  }

  @Test
  void aRegisterFileWithARepeatedMemberIdNamesTheFirstMemberWithIt() {
    String register = json.write(MembershipRegister.builder().addTypes(ModelSamples.TYPE)
        .addMembers(member("m-1"), member("m-2"), member("m-3"), member("m-4")).build())
        .replace("\"id\": \"m-3\"", "\"id\": \"m-1\"").replace("\"id\": \"m-4\"", "\"id\": \"m-1\"");
    for (ThrowingCallable read : List.<ThrowingCallable>of(() -> json.read(register, MembershipRegister.class),
        () -> json.hostRead(register, MembershipRegister.class))) {
      assertThat(messages(Locale.ENGLISH, read)).containsExactly(
          "members[2].id: repeats the id of members[0]", "members[3].id: repeats the id of members[0]");
      assertThat(messages(Locale.GERMAN, read)).containsExactly(
          "members[2].id: wiederholt die ID von members[0]", "members[3].id: wiederholt die ID von members[0]");
    }
  }

  @Test
  void aLinkRepeatedInsideTheSecondGroupOfARoundTableNamesTheFirstLinkByItsPathFromTheRoot() {
    String table = json.write(Samples.roundTable().withLinkGroups(
            Samples.group("one", LinkGroupKind.RELATED_LINKS, Samples.link("a")),
            Samples.group("two", LinkGroupKind.NAVIGATION, Samples.link("b"), Samples.link("c"), Samples.link("d"),
                Samples.link("e"))))
        .replace("\"id\": \"e\"", "\"id\": \"b\"");
    for (ThrowingCallable read : List.<ThrowingCallable>of(() -> json.read(table, RoundTable.class),
        () -> json.hostRead(table, RoundTable.class))) {
      assertThat(messages(Locale.ENGLISH, read))
          .containsExactly("linkGroups[1].links[3].id: repeats the id of linkGroups[1].links[0]");
      assertThat(messages(Locale.FRENCH, read))
          .containsExactly("linkGroups[1].links[3].id: répète l’identifiant de linkGroups[1].links[0]");
    }
  }

  @Test
  void aRepeatInAGroupInAHostsOwnRecordNamesTheFirstEntryUnderTheHostsProperty() {
    String group = json.write(Samples.group("g", LinkGroupKind.RELATED_LINKS, Samples.link("a"), Samples.link("b")))
        .replace("\"id\": \"b\"", "\"id\": \"a\"");
    String site = "{\"groups\": [" + json.write(Samples.group("h", LinkGroupKind.NAVIGATION, Samples.link("z")))
        + ", " + group + "]}";
    for (ThrowingCallable read : List.<ThrowingCallable>of(() -> json.read(site, Site.class),
        () -> json.hostRead(site, Site.class))) {
      assertThat(messages(Locale.ENGLISH, read))
          .containsExactly("groups[1].links[1].id: repeats the id of groups[1].links[0]");
      assertThat(messages(Locale.forLanguageTag("es"), read))
          .containsExactly("groups[1].links[1].id: repite el identificador de groups[1].links[0]");
    }
    assertThat(messages(Locale.ENGLISH, () -> json.read(group, LinkGroup.class)))
        .containsExactly("links[1].id: repeats the id of links[0]");
  }
}
