package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.irrt.model.testing.ModelSamples;
import org.irrt.model.testing.NullArgumentTester;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point of irrt-workflows refuses a {@code null} argument clearly: an exception
 * naming the argument (such as {@code Schedule(..., zone = null)} naming {@code zone}), or a refusal
 * value; never a bare NullPointerException from deep inside.
 */
class NullArgumentsTest {
  @Test
  void everyPublicConstructorAndMethodRefusesNullNamingTheArgument() {
    String refused = "missing, the command is refused by its guard with a reason (a refusal value)";
    NullArgumentTester tester = WorkflowSamples.register(ModelSamples.register(new NullArgumentTester()))
        .acceptsNull("Refusal.ofReason(reason)", "a missing reason: the reasonRequired refusal")
        .acceptsNull("Decline.new(reason)", refused)
        .acceptsNull("Reject.new(reason)", refused)
        .acceptsNull("RequestChanges.new(reason)", refused)
        .acceptsNull("RequestInformation.new(reason)", refused)
        .acceptsNull("Comment.new(text)", refused)
        .acceptsNull("Cancel.new(on)", refused)
        .acceptsNull("Cancel.new(reason)", refused)
        .acceptsNull("WriteOff.new(on)", refused)
        .acceptsNull("WriteOff.new(reason)", refused)
        .acceptsNull("OverrideStatus.new(reason)", refused)
        .acceptsNull("RemoveOverride.new(reason)", refused)
        .acceptsNull("Reinstate.new(reason)", refused)
        .acceptsNull("Erase.new(reason)", refused)
        .acceptsNull("VolunteerForm.new(availability)", "optional: left out, not said, kept as empty");
    assertThat(tester.problems("org.irrt.workflow")).isEmpty();
    assertThat(tester.nullsPassed()).as("calls made with a null argument").isGreaterThan(250);
  }

  @Test
  void aScheduleWithoutAZoneNamesTheZone() {
    assertThatThrownBy(() -> new org.irrt.workflow.contribution.PostCommand.Schedule(
        java.time.LocalDateTime.of(2026, 12, 1, 9, 0), null))
        .isInstanceOf(NullPointerException.class).hasMessage("zone");
  }
}
