package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A volunteer statement of 1 to 4000 characters, counted as code points in any script (DOMAIN.md
 * section 6, "names in any script"; the library's text rules count code points): 4000 ideographs
 * outside the Basic Multilingual Plane were refused as 8000 UTF-16 units. A form that breaks its
 * rules is refused with every broken rule at its path, as every value of the library is; it was an
 * {@code IllegalArgumentException} naming the first only, read from JSON as "cannot be read".
 */
class VolunteerStatementLengthTest {
  private static VolunteerForm form(String statement) {
    return new VolunteerForm(MemberId.of("m"), List.of(CommitteeId.of("c")), statement, "Virtual meetings");
  }

  private static List<String> broken(Runnable making) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, making::run);
    assertThat(e).as("refused").isNotNull();
    return e.violations().stream().map(v -> v.path() + " " + v.code()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a", "é", "中", "\uD840\uDC00", "\uD83D\uDE00", "\uD800\uDF30"})
  void fourThousandCharactersOfAnyScriptAreAcceptedAndOneMoreIsNot(String character) {
    assertThat(form(character.repeat(4000)).statement().codePointCount(0, 4000 * character.length())).isEqualTo(4000);
    assertThat(broken(() -> form(character.repeat(4001))))
        .containsExactly("statement org.irrt.model.ValidText.tooLong");
  }

  @Test
  void aFormBreakingSeveralRulesNamesEachAtItsPathInTheReadersLanguage() {
    CommitteeId c = CommitteeId.of("c");
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> new VolunteerForm(MemberId.of("m"), List.of(c, c), " \n ", ""));
    assertThat(e.violations()).extracting(Violation::path).containsExactly("preferences", "statement");
    assertThat(e.violations().get(0).message(Locale.FRENCH))
        .isEqualTo("doit nommer de 1 à 5 comités différents, chacun une fois");
    assertThat(e.violations().get(1).message(Locale.ENGLISH)).isEqualTo("must not be blank");
    assertThat(broken(() -> new VolunteerForm(MemberId.of("m"), List.of(), "Glad to serve.", "")))
        .containsExactly("preferences org.irrt.workflow.committee.preferences");
  }

  @Test
  void aFormReadFromJsonIsRefusedAtThePathsOfItsParts() {
    assertThat(broken(() -> IrrtJson.read("{\"member\": \"m-1\", \"preferences\": [\"a\", \"b\", \"c\", \"d\", \"e\","
        + " \"f\"], \"statement\": \"\", \"availability\": \"\"}", VolunteerForm.class)))
        .containsExactly("preferences org.irrt.workflow.committee.preferences",
            "statement org.irrt.model.ValidText.blank");
  }

  /**
   * The statement and availability follow the library's text rules, as a refusal's reason and a
   * request's comment do: an officer reads them on a roster, so a right-to-left override cannot
   * reorder them, nor a control character hide part of them (both were accepted as typed).
   */
  @Test
  void aStatementOrAvailabilityWithOverridesControlsOrPrivateUseCharactersIsRefusedAtItsPath() {
    CommitteeId c = CommitteeId.of("c");
    assertThat(broken(() -> new VolunteerForm(MemberId.of("m"), List.of(c), "I agree \u202Eeerga t'nod I",
        "Mondays\u0007")))
        .containsExactly("statement org.irrt.model.ValidText.bidi", "availability org.irrt.model.ValidText.control");
    assertThat(broken(() -> new VolunteerForm(MemberId.of("m"), List.of(c), "Glad to serve \uE000", "x".repeat(1001))))
        .containsExactly("statement org.irrt.model.ValidText.invalidCharacter", "availability org.irrt.model.ValidText.tooLong");
    VolunteerForm kept = new VolunteerForm(MemberId.of("m"), List.of(c), "First line.\r\n\tSecond line.", " \t ");
    assertThat(kept.statement()).isEqualTo("First line.\r\n\tSecond line.");
    assertThat(kept.availability()).isEmpty();
  }
  /**
   * An availability with nothing visible in it is not said, and kept empty, by the rule that makes
   * such a statement blank (a no-break space, a zero-width space or a Hangul filler left in the field
   * is what a copy from a word processor or a phone's keyboard brings): it was refused as "must not
   * be blank" on a part that may be left empty, as only Java's white space was taken for nothing.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\u00A0", "\u200B", "\u3164", "\u2007\u202F", " \u00A0\r\n\u2060\t", "\u3000"})
  void anAvailabilityWithNothingVisibleIsNotSaidAndKeptEmpty(String nothing) {
    VolunteerForm kept = new VolunteerForm(MemberId.of("m"), List.of(CommitteeId.of("c")), "Glad to serve.", nothing);
    assertThat(kept.availability()).isEmpty();
    assertThat(broken(() -> new VolunteerForm(MemberId.of("m"), List.of(CommitteeId.of("c")), "Glad to serve.",
        nothing + "\u202E"))).containsExactly("availability org.irrt.model.ValidText.bidi");
  }

  /** Availability is optional: a JSON form that leaves it out reads, with it empty (it was "is required"). */
  @Test
  void aFormWithoutAvailabilityReadsWithItEmpty() {
    VolunteerForm read = IrrtJson.read("{\"member\": \"m-1\", \"preferences\": [\"a\"], \"statement\": \"Glad to serve.\"}",
        VolunteerForm.class);
    assertThat(read.availability()).isEmpty();
    assertThat(new VolunteerForm(MemberId.of("m"), List.of(CommitteeId.of("c")), "Glad to serve.", null).availability())
        .isEmpty();
    assertThat(broken(() -> IrrtJson.read("{\"member\": \"m-1\", \"preferences\": [\"a\"]}", VolunteerForm.class)))
        .containsExactly("statement jakarta.validation.constraints.NotNull.message");
  }
}
