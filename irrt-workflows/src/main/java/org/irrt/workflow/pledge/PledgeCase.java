package org.irrt.workflow.pledge;

import java.util.Objects;
import java.util.Optional;
import org.irrt.model.pledge.Pledge;

/**
 * A pledge in its workflow: the pledge with its payments, and the state.
 *
 * @param id the instance id
 * @param state the state
 * @param pledge the pledge, once recorded
 */
public record PledgeCase(String id, PledgeState state, Optional<Pledge> pledge) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public PledgeCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(pledge, "pledge");
  }
}
