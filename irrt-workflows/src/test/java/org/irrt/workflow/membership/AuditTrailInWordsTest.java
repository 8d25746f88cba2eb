package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.irrt.model.member.Member;
import org.irrt.workflow.Actor;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.Request;
import org.irrt.workflow.Workflow;
import org.irrt.workflow.committee.VolunteerState;
import org.junit.jupiter.api.Test;

/**
 * An audit trail read back in words: each event's header keeps the codes of its command and of the
 * state it led to ({@code START_REVIEW}, {@code UNDER_REVIEW}); {@link Workflow#commandName(EventHeader,
 * Locale)} and {@link Workflow#stateName(EventHeader, Locale)} say them as refusals do, so that a host
 * needs no lookup of its own (README, "Storing workflows in a database").
 */
class AuditTrailInWordsTest {
  private static final String ID = MembershipApplicationWorkflow.applicationId("t-1");
  private final ApplicationFixtures f = new ApplicationFixtures();

  private List<String> trail(Locale locale) {
    return f.engine.history(ID).stream()
        .map(ApplicationEvent::header)
        .map(h -> Workflow.commandName(h, locale) + " → " + f.workflow.stateName(h, locale))
        .toList();
  }

  private void apply() {
    Member ana = ApplicationFixtures.member("m-1", "Ana", "García");
    Actor applicant = ApplicationFixtures.applicant(ana);
    f.engine.issue(ID, Request.of(new ApplicationCommand.Create(ana, org.irrt.model.membership.MembershipTypeId.of("intl"), "t-1"),
        applicant));
    f.engine.issue(ID, Request.of(new ApplicationCommand.Submit(), applicant));
    f.engine.issue(ID, Request.of(new ApplicationCommand.StartReview(), ApplicationFixtures.OFFICER));
    f.engine.issue(ID, Request.of(new ApplicationCommand.Approve(), ApplicationFixtures.OFFICER));
  }

  @Test
  void eachEventOfAnApplicationSaysItsCommandAndTheStateItReachedInTheReadersLanguage() {
    apply();

    assertThat(trail(Locale.ENGLISH)).containsExactly(
        "create → draft", "submit → submitted", "start review → under review", "approve → approved");
    assertThat(trail(Locale.FRENCH)).containsExactly(
        "créer → brouillon", "soumettre → soumise", "commencer l’examen → en cours d’examen", "approuver → approuvée");
  }

  @Test
  void aHeaderOfAnotherWorkflowsStateIsAProgrammingError() {
    EventHeader offered = new EventHeader(Actor.SYSTEM.id(), "APPOINT", VolunteerState.OFFERED.name(),
        Instant.parse("2026-03-02T15:00:00Z"), java.util.Optional.empty(), java.util.Optional.empty(), "");

    assertThatThrownBy(() -> f.workflow.stateName(offered, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Workflow.commandName(offered, Locale.GERMAN)).isEqualTo("ernennen");
  }
}
