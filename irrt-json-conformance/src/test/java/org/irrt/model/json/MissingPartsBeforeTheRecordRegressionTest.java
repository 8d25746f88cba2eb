package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.irrt.model.json.JsonBinding.Host;
import org.irrt.model.link.LinkId;
import org.irrt.model.testing.Violations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: a library record's missing parts were each named only when its constructor refused them.
 * When the mapper refused first, only the first was named: {@code IrrtJson.read("{}")} of a command
 * with an {@code int} part ({@code ApplicationCommand.Amend}) named the number (the ready mapper's
 * {@code FAIL_ON_NULL_FOR_PRIMITIVES}) and not the missing applicant; a host's {@code
 * FAIL_ON_MISSING_CREATOR_PROPERTIES} gave one "must be ..." for the first part, and its {@code
 * FAIL_ON_NULL_CREATOR_PROPERTIES} reported a part again whose own problem was reported. And a part
 * the record lets be {@code null} ({@code MembershipCommand.Erase}'s reason, refused by the workflow's
 * guard) was named "is required" beside a missing one. A {@code null} element of a list the record
 * copies ({@code VolunteerForm}'s preferences {@code [null]}) was the document's "cannot be read"
 * with no path; it is now "is required" at its index. A host matching names without regard to case
 * was told a part given as {@code "LINK": "Not An Id"} was invalid and, again, that {@code link} was
 * required. Found by an adversary's pass over the
 * missing-parts change.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class MissingPartsBeforeTheRecordRegressionTest {
  @Parameter
  JsonBinding json;

  /** A record of the library's packages with a number part, as {@code ApplicationCommand.Amend}. */
  record Amend(LinkId link, int basedOnRevision) {
    Amend {
      Objects.requireNonNull(link, "link");
    }
  }

  /** A record of the library's packages whose note may be left out, as {@code MembershipCommand.Erase}. */
  record Erase(LinkId link, @Nullable String note) {
    Erase {
      Objects.requireNonNull(link, "link");
    }
  }

  /** A record of the library's packages that checks its parts. */
  record Checked(LinkId link, String token) {
    Checked {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(token, "token");
    }
  }

  /** One holding another. */
  record Outer(Checked inner, String token) {
    Outer {
      Objects.requireNonNull(inner, "inner");
      Objects.requireNonNull(token, "token");
    }
  }

  private static final String REQUIRED = " jakarta.validation.constraints.NotNull.message";

  @Test
  void theReadyMapperNamesAMissingNumberAndEveryOtherMissingPart() {
    // a number left out is required in both versions (Jackson 3 alone read it as 0)
    List<String> number = List.of("basedOnRevision" + REQUIRED);
    assertThat(Violations.of(() -> json.read("{}", Amend.class)))
        .containsExactlyElementsOf(Stream.concat(Stream.of("link" + REQUIRED), number.stream()).toList());
    assertThat(Violations.of(() -> json.read("{\"link\": \"Not An Id\"}", Amend.class)))
        .containsExactlyElementsOf(Stream.concat(Stream.of("link org.irrt.model.Id.invalid"), number.stream()).toList());
    assertThat(json.read("{\"link\": \"free-links\", \"basedOnRevision\": 3}", Amend.class).basedOnRevision()).isEqualTo(3);
    // a host's mapper with its defaults, whatever its FAIL_ON_NULL_FOR_PRIMITIVES (off in Jackson 2, on in Jackson 3)
    assertThat(Violations.of(() -> json.hostRead("{\"link\": \"free-links\"}", Amend.class)))
        .containsExactly("basedOnRevision" + REQUIRED);
    assertThat(json.hostRead("{\"link\": \"free-links\", \"basedOnRevision\": 0}", Amend.class).basedOnRevision()).isZero();
  }

  @Test
  void aHostThatRefusesMissingOrNullPartsLearnsEveryOneAsRequired() {
    for (Host refuse : new Host[] {Host.FAIL_ON_MISSING_CREATOR, Host.FAIL_ON_NULL_CREATOR}) {
      assertThat(Violations.of(() -> json.hostRead("{}", Checked.class, refuse)))
          .as("%s", refuse).containsExactly("link" + REQUIRED, "token" + REQUIRED);
      assertThat(Violations.of(() -> json.hostRead("{\"link\": \"Not An Id\"}", Checked.class, refuse)))
          .as("%s", refuse).containsExactly("link org.irrt.model.Id.invalid", "token" + REQUIRED);
      // the inner record's own problems, not "inner" again
      assertThat(Violations.of(() -> json.hostRead("{\"inner\": {\"token\": \"t\"}, \"token\": \"t\"}", Outer.class, refuse)))
          .as("%s", refuse).containsExactly("inner.link" + REQUIRED);
    }
    assertThat(Violations.of(() -> json.hostRead("{\"link\": null, \"token\": \"t\"}", Checked.class, Host.FAIL_ON_NULL_CREATOR)))
        .containsExactly("link" + REQUIRED);
  }

  @Test
  void aPartThatMayBeNullIsNeverNamedRequired() {
    assertThat(Violations.of(() -> json.read("{}", Erase.class))).containsExactly("link" + REQUIRED);
    assertThat(Violations.of(() -> json.hostRead("{\"note\": null}", Erase.class))).containsExactly("link" + REQUIRED);
    assertThat(json.hostRead("{\"link\": \"free-links\"}", Erase.class).note()).isNull();
  }

  /** A record of the library's packages that copies its list, as {@code VolunteerForm} does. */
  record Listed(java.util.List<LinkId> links, String token) {
    Listed {
      links = java.util.List.copyOf(links);
      Objects.requireNonNull(token, "token");
    }
  }

  @Test
  void aNullElementOfAListTheRecordCopiesIsNamedAtItsIndex() {
    assertThat(Violations.of(() -> json.read("{\"links\": [\"free-links\", null, null], \"token\": \"t\"}", Listed.class)))
        .containsExactly("links[1]" + REQUIRED, "links[2]" + REQUIRED);
    assertThat(Violations.of(() -> json.hostRead("{\"links\": [null]}", Listed.class)))
        .containsExactly("links[0]" + REQUIRED, "token" + REQUIRED);
    // an element that could not be read is reported once, where it failed
    assertThat(Violations.of(() -> json.hostRead("{\"links\": [\"Not An Id\"], \"token\": \"t\"}", Listed.class)))
        .containsExactly("links[0] org.irrt.model.Id.invalid");
  }

  @Test
  void aPartGivenUnderAnotherCaseThatFailedIsNotNamedRequiredAgain() {
    assertThat(Violations.of(() -> json.hostRead("{\"LINK\": \"Not An Id\"}", Checked.class, Host.CASE_INSENSITIVE)))
        .containsExactly("LINK org.irrt.model.Id.invalid", "token" + REQUIRED);
    assertThat(Violations.of(() -> json.hostRead("{\"Inner\": {\"Link\": \"Not An Id\", \"token\": \"t\"}}", Outer.class,
        Host.CASE_INSENSITIVE))).containsExactly("Inner.Link org.irrt.model.Id.invalid", "token" + REQUIRED);
    // without the setting, LINK is not the part link: link is missing
    assertThat(Violations.of(() -> json.hostRead("{\"LINK\": \"Not An Id\"}", Checked.class, Host.IGNORE_UNKNOWN)))
        .containsExactly("link" + REQUIRED, "token" + REQUIRED);
  }
}
