package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrt.workflow.membership.ApplicationFixtures.member;
import static org.irrt.workflow.membership.ApplicationFixtures.type;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.irrt.model.common.Money;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.PaymentReference;
import org.irrt.workflow.Actor;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences from random actors against one application (fixed seed): after every
 * step the audit trail rebuilds the instance, a refused command (also one the state does not allow) changed nothing, an
 * accepted one was permitted in the state before, and no application is active without an approval
 * by someone other than the applicant and, where required, the full fee.
 */
class MembershipApplicationPropertiesTest {
  private static final Member ANA = member("ana", "Ana", "García");
  private static final List<Actor> ACTORS = List.of(
      Actor.of("ana", Role.APPLICANT),
      Actor.of("bo", Role.APPLICANT),
      Actor.of("officer-lee", Role.MEMBERSHIP_OFFICER),
      new Actor(ActorId.of("ana"), Set.of(Role.APPLICANT, Role.MEMBERSHIP_OFFICER)),
      Actor.SYSTEM);
  private static final List<MembershipType> TYPES = List.of(
      type("both", true, true), type("approval", true, false), type("payment", false, true), type("none", false, false));

  private static List<Function<Integer, ApplicationCommand>> commands(MembershipType type) {
    return List.of(
        i -> new ApplicationCommand.Create(ANA, type.id(), "token"),
        i -> new ApplicationCommand.Amend(i % 3 == 0 ? ANA.withPreferredLanguage("fr") : ANA, i % 2),
        i -> new ApplicationCommand.Submit(),
        i -> new ApplicationCommand.StartReview(),
        i -> new ApplicationCommand.RequestInformation(i % 2 == 0 ? "Which library?" : " "),
        i -> new ApplicationCommand.Resubmit(),
        i -> new ApplicationCommand.Approve(),
        i -> new ApplicationCommand.Reject(i % 2 == 0 ? "Not eligible" : ""),
        i -> new ApplicationCommand.Withdraw(),
        i -> new ApplicationCommand.RecordPayment(PaymentReference.of("pay-" + (i % 3),
            i % 4 == 0 ? Money.of("35", "USD") : Money.of("20", "EUR"), LocalDate.of(2026, 3, 2))),
        i -> new ApplicationCommand.Expire());
  }

  @Test
  void everyStepKeepsTheInvariants() {
    qt().withFixedSeed(20261129L).withExamples(400)
        .forAll(integers().between(0, TYPES.size() - 1),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 40))
        .checkAssert((typeIndex, steps) -> {
          ApplicationFixtures f = new ApplicationFixtures();
          MembershipType type = TYPES.get(typeIndex);
          List<Function<Integer, ApplicationCommand>> commands = commands(type);
          String id = "app-1";
          for (int step : steps) {
            Actor actor = ACTORS.get(step % ACTORS.size());
            ApplicationCommand command = commands.get((step / ACTORS.size()) % commands.size()).apply(step);
            f.clock.advance(Duration.ofDays(step % 41));
            List<ApplicationEvent> before = f.engine.history(id);
            MembershipApplication was = f.engine.load(id);
            Outcome<MembershipApplication, ApplicationEvent> outcome = f.engine.issue(id, Request.of(command, actor));
            if (outcome instanceof Outcome.Refused<MembershipApplication, ApplicationEvent> refused) {
              assertThat(refused.reasons()).isNotEmpty();
              if (refused.reasons().get(0).rule().equals("state") || refused.reasons().get(0).rule().equals("exists")) {
                assertThat(f.workflow.permittedCommands(was, actor)).doesNotContain(command.getClass());
              }
              assertThat(f.engine.history(id)).isEqualTo(before);
              assertThat(f.engine.load(id)).isEqualTo(was);
            } else {
              assertThat(f.workflow.permittedCommands(was, actor)).contains(command.getClass());
              assertThat(f.engine.history(id).subList(0, before.size())).isEqualTo(before);
            }
            MembershipApplication now = f.engine.load(id);
            assertThat(f.workflow.replay(id, f.engine.history(id))).isEqualTo(now);
            assertThat(now.membership().isPresent()).isEqualTo(now.state() == ApplicationState.ACTIVE);
            if (now.state() == ApplicationState.ACTIVE) {
              List<ApplicationEvent> trail = f.engine.history(id);
              assertThat(trail).anySatisfy(e -> {
                assertThat(e).isInstanceOf(ApplicationEvent.ApplicationApproved.class);
                assertThat(e.header().actor()).isNotEqualTo(ActorId.of("ana"));
              });
              if (type.paymentRequired()) {
                assertThat(now.paid().orElseThrow().compareTo(type.fee())).isGreaterThanOrEqualTo(0);
              }
            }
          }
        });
  }
}
