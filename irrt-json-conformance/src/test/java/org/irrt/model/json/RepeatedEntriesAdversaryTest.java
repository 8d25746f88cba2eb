package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.testing.ModelSamples;
import org.irrt.model.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The adversary of "a repeat names the first entry": hostile names above it, many levels, a flood of repeats. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class RepeatedEntriesAdversaryTest {
  @Parameter
  JsonBinding json;

  /** A host's record whose property name must be quoted in a path, holding groups by hostile keys. */
  record Site(@JsonProperty("site\u202eSettings") Map<String, List<LinkGroup>> sections) {}

  record Outer(List<Site> sites) {}

  static List<Violation> violations(ThrowingCallable call) {
    List<Violation> out = new ArrayList<>();
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> out.addAll(e.violations()));
    return out;
  }

  @Test
  void aRepeatUnderQuotedHostileNamesSeveralLevelsDownNamesTheFirstEntryUnderTheSameQuotedPath() {
    String group = json.write(Samples.group("g", LinkGroupKind.RELATED_LINKS, Samples.link("a"), Samples.link("b")))
        .replace("\"id\": \"b\"", "\"id\": \"a\"");
    String doc = "{\"sites\": [{}, {\"site\\u202eSettings\": {\"x\\\"].y\": [" + group + "]}}]}";
    for (ThrowingCallable read : List.<ThrowingCallable>of(() -> json.read(doc, Outer.class),
        () -> json.hostRead(doc, Outer.class))) {
      List<Violation> found = violations(read);
      assertThat(found).hasSize(1);
      Violation v = found.get(0);
      String at = "sites[1][\"site\\u202eSettings\"][\"x\\u0022].y\"][0]";
      assertThat(v.path()).isEqualTo(at + ".links[1].id");
      assertThat(v.relatedPaths()).containsExactly(at + ".links[0]");
      assertThat(v.message(Locale.forLanguageTag("ar"))).isEqualTo("يكرر معرّف العنصر " + at + ".links[0]");
      assertThat(v.message(Locale.CHINESE)).isEqualTo("重复了 " + at + ".links[0] 的标识");
      assertThat(v.message(Locale.forLanguageTag("ru"))).isEqualTo("повторяет идентификатор записи " + at + ".links[0]");
    }
  }

  @Test
  void aRegisterOf20000MembersWithOneIdIsRefusedWithTheReportsCapOf200AndEachNamesTheFirstMember() {
    Member m = Member.builder().from(ModelSamples.MEMBER).id(MemberId.of("m-1")).build();
    String one = json.writeCompact(MembershipRegister.builder().addTypes(ModelSamples.TYPE).addMembers(m).build());
    String entry = json.writeCompact(m);
    assertThat(one).contains(entry);
    StringBuilder members = new StringBuilder(entry);
    for (int i = 1; i < 20_000; i++) {
      members.append(',').append(entry);
    }
    String doc = one.replace(entry, members);
    long start = System.nanoTime();
    List<Violation> found = violations(() -> json.read(doc.toString(), MembershipRegister.class));
    System.out.printf("%s: 20,000 members one id: %d violations in %d ms%n", json, found.size(),
        (System.nanoTime() - start) / 1_000_000);
    assertThat(found).hasSize(201);
    assertThat(found.get(0).path()).isEqualTo("members[1].id");
    assertThat(found.get(199).path()).isEqualTo("members[200].id");
    assertThat(found.subList(0, 200)).allSatisfy(v -> assertThat(v.relatedPaths()).containsExactly("members[0]"));
    assertThat(found.get(200).code()).isEqualTo("org.irrt.model.json.tooManyProblems");
  }
}
