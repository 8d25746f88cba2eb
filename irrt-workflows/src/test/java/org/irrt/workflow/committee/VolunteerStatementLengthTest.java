package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A volunteer statement of 1 to 4000 characters, counted as code points in any script (DOMAIN.md
 * section 6, "names in any script"; the library's text rules count code points): 4000 ideographs
 * outside the Basic Multilingual Plane were refused as 8000 UTF-16 units.
 */
class VolunteerStatementLengthTest {
  private static VolunteerForm form(String statement) {
    return new VolunteerForm(MemberId.of("m"), List.of(CommitteeId.of("c")), statement, "Virtual meetings");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a", "é", "中", "\uD840\uDC00", "\uD83D\uDE00", "\uD800\uDF30"})
  void fourThousandCharactersOfAnyScriptAreAcceptedAndOneMoreIsNot(String character) {
    assertThat(form(character.repeat(4000)).statement().codePointCount(0, 4000 * character.length())).isEqualTo(4000);
    assertThatThrownBy(() -> form(character.repeat(4001))).isInstanceOf(IllegalArgumentException.class);
  }
}
