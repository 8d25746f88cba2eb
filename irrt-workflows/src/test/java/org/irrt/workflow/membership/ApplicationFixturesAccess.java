package org.irrt.workflow.membership;

import org.irrt.model.member.Member;

/** Test members for tests in other packages. */
public final class ApplicationFixturesAccess {
  private ApplicationFixturesAccess() {}

  /**
   * A member of the category INTERNATIONAL.
   *
   * @param id the member's id
   * @return the member
   */
  public static Member member(String id) {
    return ApplicationFixtures.member(id, "Given", "Family");
  }
}
