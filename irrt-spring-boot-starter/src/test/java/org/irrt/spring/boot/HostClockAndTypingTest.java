package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationState;
import org.irrt.workflow.membership.MembershipApplication;
import org.irrt.workflow.membership.MembershipApplicationWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * A host's own {@link Clock}, which irrt's time rules follow (not the system's), and a host's JSON
 * mapper with default typing activated. Found by the adversary's pass: with {@code
 * activateDefaultTyping(..., NON_FINAL)} on the host's mapper (Jackson 3 through Boot, or Jackson 2),
 * irrt's values in a REST body were written with the classes of irrt's implementation ({@code
 * ["org.irrt.model.member.ImmutableMember",{...}]}), not irrt's text; they are now written and read
 * without type ids, while the host's own types keep its typing. The stored events were irrt's text
 * already (the store writes with {@code IrrtJson}, never the host's mapper).
 */
class HostClockAndTypingTest {
  private static final String CREATE = "{\"applicant\":{\"id\":\"m-1\",\"name\":{\"givenNames\":\"Kwame\","
      + "\"familyName\":\"Mensah\"},\"email\":\"kwame@example.org\",\"country\":\"GH\",\"preferredLanguage\":\"en\","
      + "\"category\":\"INTERNATIONAL\"},\"type\":\"regular\",\"clientToken\":\"form-1\"}";

  /** A host's clock that its tests move on. */
  static final class MovingClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T09:00:00Z"));

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Pacific/Kiritimati"); // UTC+14: a zone far from the organisation's
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theHostsClockDecidesWhenAnUnansweredApplicationExpiresAndStampsItsEvents() {
    MovingClock clock = new MovingClock();
    DataSource ds = IrrtAutoConfigurationTest.h2();
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(Flyway.class)).withBean(DataSource.class, () -> ds)
        .withBean(Clock.class, () -> clock)
        .withPropertyValues("irrt.membership-types=classpath:membership-types.json", "irrt.applications.expiry=30d")
        .run(context -> {
          assertThat(context).hasNotFailed();
          var applications = (WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent>)
              context.getBean("irrtApplicationEngine", WorkflowEngine.class);
          var expire = ((MembershipApplicationWorkflow) applications.workflow()).expireStale();
          assertThat(applications.issue("app-1", Request.of(org.irrt.jackson3.IrrtJson.read(
              CREATE.replace("INTERNATIONAL", "REGULAR"), ApplicationCommand.Create.class),
              Actor.of("m-1", Role.APPLICANT))))
              .isInstanceOf(Outcome.Accepted.class);
          clock.now.set(Instant.parse("2026-01-31T08:59:59Z"));
          assertThat(applications.sweep(expire)).as("a second before 30 days on the host's clock").isEmpty();
          clock.now.set(Instant.parse("2026-01-31T09:00:00Z"));
          assertThat(applications.sweep(expire)).hasSize(1);
          assertThat(applications.load("app-1").state()).isEqualTo(ApplicationState.EXPIRED);
          List<ApplicationEvent> events = context.getBean(IrrtStores.class).applications().load("app-1");
          assertThat(events).extracting(e -> e.header().at().toString())
              .containsExactly("2026-01-01T09:00:00Z", "2026-01-31T09:00:00Z");
        });
  }

  /** A host's own type, not final: the host's default typing applies to it. */
  static class HostNote {
    public String text = "x";
  }

  @Test
  void aHostsDefaultTypingLeavesIrrtsValuesInRestBodiesAndStoredEventsAsIrrtsText() throws Exception {
    String irrts = JsonMapper.builder().addModule(new org.irrt.jackson3.IrrtModule()).build()
        .writeValueAsString(org.irrt.jackson3.IrrtJson.read(CREATE, ApplicationCommand.Create.class));
    DataSource ds = IrrtAutoConfigurationTest.h2();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class, JacksonAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(Flyway.class)).withBean(DataSource.class, () -> ds)
        .withPropertyValues("irrt.membership-types=classpath:membership-types.json")
        .withBean(JsonMapperBuilderCustomizer.class, () -> b -> b.activateDefaultTyping(
            BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(), DefaultTyping.NON_FINAL))
        .run(context -> {
          JsonMapper host = context.getBean(JsonMapper.class);
          ApplicationCommand.Create create = host.readValue(CREATE, ApplicationCommand.Create.class);
          assertThat(host.writeValueAsString(create)).isEqualTo(irrts).doesNotContain("org.irrt");
          assertThat(host.writeValueAsString(create.applicant())).isEqualTo(irrts.substring(
              "{\"applicant\":".length(), irrts.indexOf(",\"type\"")));
          assertThat(host.writeValueAsString(new HostNote())).as("the host's own types keep its typing")
              .isEqualTo("[\"org.irrt.spring.boot.HostClockAndTypingTest$HostNote\",{\"text\":\"x\"}]");
          @SuppressWarnings("unchecked")
          var applications = (WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent>)
              context.getBean("irrtApplicationEngine", WorkflowEngine.class);
          assertThat(applications.issue("app-1", Request.of(org.irrt.jackson3.IrrtJson.read(
              CREATE.replace("INTERNATIONAL", "REGULAR"), ApplicationCommand.Create.class),
              Actor.of("m-1", Role.APPLICANT)))).isInstanceOf(Outcome.Accepted.class);
        });
    try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery("SELECT payload FROM irrt_personal_data")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).as("the stored event is irrt's text").contains("\"givenNames\": \"Kwame\"")
          .doesNotContain("org.irrt");
    }
    com.fasterxml.jackson.databind.ObjectMapper jackson2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new org.irrt.jackson2.IrrtModule()).activateDefaultTyping(
            com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class)
                .build(), com.fasterxml.jackson.databind.ObjectMapper.DefaultTyping.NON_FINAL).build();
    ApplicationCommand.Create create = jackson2.readValue(CREATE, ApplicationCommand.Create.class);
    assertThat(jackson2.writeValueAsString(create)).isEqualTo(com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new org.irrt.jackson2.IrrtModule()).build().writeValueAsString(create)).doesNotContain("org.irrt");
    assertThat(jackson2.writeValueAsString(new HostNote()))
        .isEqualTo("[\"org.irrt.spring.boot.HostClockAndTypingTest$HostNote\",{\"text\":\"x\"}]");
  }
}
