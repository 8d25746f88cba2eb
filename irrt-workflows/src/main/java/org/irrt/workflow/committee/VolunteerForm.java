package org.irrt.workflow.committee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.TextRules;
import org.irrt.model.common.Violation;
import org.irrt.model.member.MemberId;
import org.irrt.workflow.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A member's committee volunteer form: committees in order of preference, a statement and
 * availability.
 *
 * @param member who volunteers
 * @param preferences one to five committees, most wanted first, each once
 * @param statement why and what the member brings: 1 to 4000 characters (code points, as {@link
 *     org.irrt.model.common.ValidText} counts them: a character outside the Basic Multilingual Plane,
 *     such as a CJK Extension B ideograph, is one), line breaks allowed
 * @param availability when the member can serve (e.g. "virtual meetings; Annual Conference"), at
 *     most 1000 characters; empty when not said: {@code null} (left out of a JSON form) and text
 *     with nothing visible, which the text rules call blank (white space of any kind, a zero-width
 *     space), are kept as empty, so the accessor never returns {@code null}
 */
public record VolunteerForm(MemberId member, List<CommitteeId> preferences, String statement,
    @Nullable String availability) {
  /** The most committees a form names. */
  public static final int MAX_PREFERENCES = 5;
  /** The longest statement, in code points. */
  public static final int MAX_STATEMENT = 4000;
  /** The longest availability, in code points. */
  public static final int MAX_AVAILABILITY = 1000;

  /**
   * Checks the form, and keeps the statement and availability in Unicode NFC (DOMAIN.md section 6).
   *
   * @throws InvalidValueException naming every broken rule at its path: {@code preferences} empty,
   *     more than {@value #MAX_PREFERENCES} or repeated ({@code
   *     org.irrt.workflow.committee.preferences}); {@code statement} and {@code availability} by the
   *     library's text rules ({@link TextRules#check}: blank, too long, control characters other than
   *     line breaks and tabs, bidirectional overrides, unassigned or private-use characters), so that
   *     text an officer reads on a roster cannot be reordered or hidden
   */
  public VolunteerForm {
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(statement, "statement");
    preferences = List.copyOf(preferences);
    statement = TextRules.nfc(statement);
    availability = availability == null ? "" : TextRules.nfc(availability); // left out: not said
    Optional<Violation> availabilityProblem = TextRules.check("availability", availability, MAX_AVAILABILITY, true);
    if (availabilityProblem.filter(v -> v.code().equals("org.irrt.model.ValidText.blank")).isPresent()) {
      availability = ""; // nothing visible, by the rule that makes a statement blank: not said
      availabilityProblem = Optional.empty();
    }
    List<Violation> violations = new ArrayList<>();
    if (preferences.isEmpty() || preferences.size() > MAX_PREFERENCES
        || new HashSet<>(preferences).size() != preferences.size()) {
      violations.add(violation("preferences", "org.irrt.workflow.committee.preferences", MAX_PREFERENCES));
    }
    TextRules.check("statement", statement, MAX_STATEMENT, true).ifPresent(violations::add);
    availabilityProblem.ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw new InvalidValueException("VolunteerForm", violations);
    }
  }

  private static Violation violation(String path, String code, int max) {
    Refusal r = new Refusal(path, code, 1, max);
    return new Violation(path, code, r::message);
  }
}
