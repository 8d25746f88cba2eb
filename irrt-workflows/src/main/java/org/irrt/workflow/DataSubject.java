package org.irrt.workflow;

import java.util.Objects;
import org.irrt.model.member.MemberId;
import org.irrt.model.pledge.PledgeId;

/**
 * Whose personal data an event holds: the key under which a {@link WorkflowStore} keeps that data
 * apart from the history and which {@link WorkflowStore#erase} clears (GDPR Article 17; DOMAIN.md
 * section 2, "pseudonymise the person, keep the facts").
 *
 * <p>Two kinds of subject: a member, by the member's id ({@code member:m-000123}); and an outside
 * donor, who is no member and has no id of the library's, by the pledge that holds the name
 * ({@code pledge:p-2027-17}). An outside donor with several pledges is a subject per pledge, and
 * the host erases each pledge it holds for that person. The key is as personal as the id it holds:
 * a store keeps it only beside the personal data, never in the history.
 *
 * @param key {@code member:} or {@code pledge:} and the id
 */
public record DataSubject(String key) {
  private static final String MEMBER = "member:";
  private static final String PLEDGE = "pledge:";

  /**
   * Checks the key.
   *
   * @throws IllegalArgumentException when it starts with neither {@code member:} nor {@code pledge:}
   * @throws org.irrt.model.common.InvalidValueException when the id after it is not a valid id
   */
  public DataSubject {
    Objects.requireNonNull(key, "key");
    if (key.startsWith(MEMBER)) {
      MemberId.of(key.substring(MEMBER.length()));
    } else if (key.startsWith(PLEDGE)) {
      PledgeId.of(key.substring(PLEDGE.length()));
    } else {
      throw new IllegalArgumentException("a data subject is member:<id> or pledge:<id>");
    }
  }

  /**
   * A member.
   *
   * @param member the member's id
   * @return the subject {@code member:<id>}
   */
  public static DataSubject member(MemberId member) {
    Objects.requireNonNull(member, "member");
    return new DataSubject(MEMBER + member.value());
  }

  /**
   * The outside donor (not a member) of a pledge.
   *
   * @param pledge the pledge
   * @return the subject {@code pledge:<id>}
   */
  public static DataSubject outsideDonor(PledgeId pledge) {
    Objects.requireNonNull(pledge, "pledge");
    return new DataSubject(PLEDGE + pledge.value());
  }

  /** Returns a fixed text: the key names a person, and personal data stays out of logs. */
  @Override
  public String toString() {
    return "DataSubject[…]";
  }
}
