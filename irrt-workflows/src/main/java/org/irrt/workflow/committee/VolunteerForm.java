package org.irrt.workflow.committee;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.member.MemberId;

/**
 * A member's committee volunteer form: committees in order of preference, a statement and
 * availability.
 *
 * @param member who volunteers
 * @param preferences one to five committees, most wanted first, each once
 * @param statement why and what the member brings, 1 to 4000 characters (code points, as {@link
 *     org.irrt.model.common.ValidText} counts them: a character outside the Basic Multilingual Plane,
 *     such as a CJK Extension B ideograph, is one)
 * @param availability when the member can serve (e.g. "virtual meetings; Annual Conference")
 */
public record VolunteerForm(MemberId member, List<CommitteeId> preferences, String statement, String availability) {
  /**
   * Checks the form, and keeps the statement and availability in Unicode NFC (DOMAIN.md section 6).
   *
   * @throws IllegalArgumentException when preferences are empty, more than five or repeated, or the
   *     statement is blank or longer than 4000 characters
   */
  public VolunteerForm {
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(availability, "availability");
    preferences = List.copyOf(preferences);
    statement = Normalizer.normalize(statement, Normalizer.Form.NFC); // DOMAIN.md section 6: text in NFC
    availability = Normalizer.normalize(availability, Normalizer.Form.NFC);
    if (preferences.isEmpty() || preferences.size() > 5 || new HashSet<>(preferences).size() != preferences.size()) {
      throw new IllegalArgumentException("one to five different committees");
    }
    if (statement.isBlank() || statement.codePointCount(0, statement.length()) > 4000) {
      throw new IllegalArgumentException("statement must be 1 to 4000 characters");
    }
  }
}
