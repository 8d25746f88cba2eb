package org.irrt.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.workflow.OpaqueId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the adversary's pass: the engine took any text as an instance id. On PostgreSQL an
 * id holding a NUL failed every read and write with a {@code StoreException} (SQLState 22021: a 500
 * in a host), an id of 2 million characters failed the append (54000, index row too large), and H2
 * stored it whole; a host passing an id from a URL answered a user's typo with a server error. Now
 * an id breaking {@link OpaqueId}'s rule is refused at {@code instanceId} before the store is asked
 * anything, and the reads answer "nothing stored".
 */
class HostileInstanceIdTest {
  private static final List<String> HOSTILE = List.of("", "a\u0000b", "y".repeat(201), "vol 1", "волонтёр-1",
      "\ud800", "a\nb", "<script>");

  private final CommitteeFixtures f = new CommitteeFixtures();

  private Request<VolunteerCommand> submit() {
    return Request.of(new VolunteerCommand.Submit(CommitteeFixtures.form("ana", CommitteeFixtures.MEMBERSHIP)),
        CommitteeFixtures.volunteer("ana"));
  }

  @Test
  void anInstanceIdNoDatabaseKeepsAsGivenIsRefusedAtItsPathAndNothingIsStored() {
    for (String id : HOSTILE) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> f.engine.issue(id, submit()));
      assertThat(e).as("an id of %s characters", id.length()).isNotNull();
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("instanceId");
        assertThat(v.code()).isEqualTo("org.irrt.workflow.idInvalid");
        assertThat(v.message(Locale.ENGLISH))
            .isEqualTo("must be 1 to 200 characters: ASCII letters, digits and - _ . : ~ + / = @");
        assertThat(v.message(Locale.GERMAN))
            .isEqualTo("muss 1 bis 200 Zeichen lang sein: ASCII-Buchstaben, Ziffern und - _ . : ~ + / = @");
      });
      assertThat(f.engine.version(id)).isZero();
      assertThat(f.engine.history(id)).isEmpty();
      assertThat(f.engine.load(id).state()).isEqualTo(VolunteerState.NONE);
    }
    assertThat(f.store.instanceIds()).isEmpty();
    assertThat(f.store.read(0, 10)).isEmpty();
  }

  @Test
  void theLongestIdAndEveryAllowedCharacterAreStillAccepted() {
    for (String id : List.of("v".repeat(200), "vol-1", "Az09-_.:~+/=@", "urn:uuid:2f1c7d3e-9b1a-4c3e-8f2a-1b2c3d4e5f60")) {
      assertThat(f.engine.issue(id, submit())).as(id).isInstanceOf(Outcome.Accepted.class);
      assertThat(f.engine.version(id)).as(id).isEqualTo(1);
      assertThat(f.engine.history(id)).as(id).hasSize(1);
    }
  }
}
