package org.irrt.model.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host module of the workflows on the module path, as a newcomer writes it from the README: it
 * requires {@code org.irrt.workflow}, {@code org.irrt.store.jdbc}, {@code org.irrt.data}, {@code
 * org.irrt.jackson3} and H2, loads the bundled IRRT round table, runs a membership application
 * through create, submit, review and approve on a {@code JdbcWorkflowStore} over an H2 database in
 * memory (the schema read from the store's jar), prints a refusal's reasons in Spanish and French
 * (and in English for Japanese, which has no bundle, on a JVM whose default language is German),
 * reloads the application from the database, volunteers for an IRRT committee, reads the events
 * with Jackson 2 too, keeps the round table in {@code JdbcRegisters}, erases the applicant, submits
 * a blog post whose Markdown is sanitized, and reads and writes a command as JSON. It shows the
 * modules' exports, opens, resources and bundles are what such a host needs ({@link HostModule}
 * compiles and runs it in a JVM of its own).
 */
class WorkflowHostModuleTest {
  private static final List<String> MODULES = Stream.concat(HostModule.MODEL_AND_ADAPTERS.stream(),
      Stream.of("/irrt-workflows/target/classes", "/irrt-store-jdbc/target/classes", "/irrt-data/target/classes",
          "/irrt-workflows-0", "/irrt-store-jdbc-0", "/irrt-data-0", "/com/h2database/")).toList();

  private static final String MODULE_INFO = """
      module host {
        requires org.irrt.workflow;
        requires org.irrt.store.jdbc;
        requires org.irrt.data;
        requires org.irrt.jackson3;
        requires org.irrt.jackson2;
        requires com.h2database;
      }
      """;

  private static final String HOST = """
      package host;

      import java.io.PrintStream;
      import java.nio.charset.StandardCharsets;
      import java.time.Clock;
      import java.time.Duration;
      import java.time.Instant;
      import java.time.ZoneId;
      import java.util.List;
      import java.util.Locale;
      import org.h2.jdbcx.JdbcDataSource;
      import org.irrt.data.IrrtData;
      import org.irrt.jackson3.IrrtJson;
      import org.irrt.model.common.CountryCode;
      import org.irrt.model.common.EmailAddress;
      import org.irrt.model.common.InvalidValueException;
      import org.irrt.model.common.Money;
      import org.irrt.model.common.PersonName;
      import org.irrt.model.committee.CommitteeId;
      import org.irrt.model.committee.CommitteeRole;
      import org.irrt.model.contribution.ContentFormat;
      import org.irrt.model.contribution.PostContent;
      import org.irrt.model.contribution.SafeContent;
      import org.irrt.model.member.Member;
      import org.irrt.model.member.MemberCategory;
      import org.irrt.model.member.MemberId;
      import org.irrt.model.membership.MembershipDuration;
      import org.irrt.model.membership.MembershipType;
      import org.irrt.model.membership.MembershipTypeId;
      import org.irrt.model.membership.PeriodType;
      import org.irrt.model.roundtable.RoundTable;
      import org.irrt.store.jdbc.Dialect;
      import org.irrt.store.jdbc.EntryKind;
      import org.irrt.store.jdbc.EventCodec;
      import org.irrt.store.jdbc.JdbcRegisters;
      import org.irrt.store.jdbc.JdbcWorkflowStore;
      import org.irrt.store.jdbc.Schema;
      import org.irrt.workflow.Actor;
      import org.irrt.workflow.DataSubject;
      import org.irrt.workflow.Organisation;
      import org.irrt.workflow.Outcome;
      import org.irrt.workflow.Request;
      import org.irrt.workflow.Role;
      import org.irrt.workflow.Workflow;
      import org.irrt.workflow.WorkflowEngine;
      import org.irrt.workflow.committee.AppointmentCycle;
      import org.irrt.workflow.committee.AppointmentPolicies;
      import org.irrt.workflow.committee.CommitteeVolunteerWorkflow;
      import org.irrt.workflow.committee.Roster;
      import org.irrt.workflow.committee.RosterBook;
      import org.irrt.workflow.committee.VolunteerCommand;
      import org.irrt.workflow.committee.VolunteerEvent;
      import org.irrt.workflow.committee.VolunteerForm;
      import org.irrt.workflow.contribution.ContributionWorkflow;
      import org.irrt.workflow.contribution.PostCommand;
      import org.irrt.workflow.contribution.PostEvent;
      import org.irrt.workflow.membership.ApplicationCommand;
      import org.irrt.workflow.membership.ApplicationEvent;
      import org.irrt.workflow.membership.ApplicationIndex;
      import org.irrt.workflow.membership.MembershipApplication;
      import org.irrt.workflow.membership.MembershipApplicationWorkflow;

      public class Main {
        static final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        public static void main(String[] args) throws Exception {
          RoundTable irrt = IrrtData.irrt(IrrtJson::read);
          out.println("round table " + irrt.acronym());

          ZoneId zone = ZoneId.of("America/Chicago");
          Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), zone);
          MembershipType type = MembershipType.builder().id(MembershipTypeId.of("international")).name("International")
              .category(MemberCategory.INTERNATIONAL).fee(Money.of("35.00", "EUR")).duration(MembershipDuration.years(1))
              .periodType(PeriodType.ROLLING).approvalRequired(true).build();
          Organisation organisation = Organisation.in(zone).withMembershipTypes(List.of(type));
          JdbcDataSource dataSource = new JdbcDataSource();
          dataSource.setURL("jdbc:h2:mem:host;DB_CLOSE_DELAY=-1");
          Schema.apply(dataSource, Dialect.H2);
          WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine = engine(dataSource, organisation, clock);

          Member member = Member.builder().id(MemberId.of("m-1")).name(PersonName.of("Ana María", "García"))
              .email(EmailAddress.of("ana@example.org")).country(CountryCode.of("CO")).preferredLanguage("es")
              .category(MemberCategory.INTERNATIONAL).build();
          Actor applicant = Actor.of("m-1", Role.APPLICANT);
          Actor officer = Actor.of("officer-lee", Role.MEMBERSHIP_OFFICER);
          String id = MembershipApplicationWorkflow.applicationId("form-1");
          ApplicationCommand create = new ApplicationCommand.Create(member, type.id(), "form-1");
          engine.issue(id, Request.of(create, applicant));
          engine.issue(id, Request.of(new ApplicationCommand.Submit(), applicant));
          out.println("state " + engine.load(id).state());
          Outcome<MembershipApplication, ApplicationEvent> refused =
              engine.issue(id, Request.of(new ApplicationCommand.Approve(), applicant));
          if (refused instanceof Outcome.Refused<?, ?> r) {
            r.reasons().forEach(x -> out.println("es " + x.message(Locale.forLanguageTag("es"))));
            r.reasons().forEach(x -> out.println("fr " + x.message(Locale.FRENCH)));
          }
          engine.issue(id, Request.of(new ApplicationCommand.StartReview(), officer));
          engine.issue(id, Request.of(new ApplicationCommand.Approve(), officer));
          out.println("state " + engine.load(id).state() + " "
              + engine.workflow().stateName(engine.load(id).state(), Locale.forLanguageTag("es")));

          var reloaded = engine(dataSource, organisation, clock);
          out.println("reloaded " + reloaded.load(id).state() + " after " + reloaded.history(id).size() + " events");

          out.println("event " + IrrtJson.newMapper().writeValueAsString(reloaded.history(id).get(1)));
          Outcome<MembershipApplication, ApplicationEvent> late =
              reloaded.issue(id, Request.of(new ApplicationCommand.Submit(), applicant));
          if (late instanceof Outcome.Refused<?, ?> r) { // Japanese has no bundle: English, not the JVM's German
            r.reasons().forEach(x -> out.println("ja " + x.message(Locale.JAPANESE)));
          }

          var forms = JdbcWorkflowStore.of(dataSource, Dialect.H2, "committee-volunteering",
              EventCodec.of(VolunteerEvent.class, IrrtJson::write, IrrtJson::read).build());
          RosterBook rosters = new RosterBook(forms, Roster.EMPTY);
          var volunteers = WorkflowEngine.of(new CommitteeVolunteerWorkflow(organisation.withRoundTable(irrt),
              AppointmentCycle.ALA, AppointmentPolicies.ala(irrt), rosters), forms, clock);
          Actor volunteer = Actor.of("m-1", Role.VOLUNTEER);
          Actor chair = Actor.of("chair-kim", Role.APPOINTING_OFFICER);
          CommitteeId endowment = CommitteeId.of("endowment");
          volunteers.issue("vol-1", Request.of(new VolunteerCommand.Submit(new VolunteerForm(MemberId.of("m-1"),
              List.of(endowment), "I ran our county's mentoring circle.", "virtual meetings")), volunteer));
          Outcome<?, ?> awards = volunteers.issue("vol-1",
              Request.of(new VolunteerCommand.Appoint(CommitteeId.of("awards"), CommitteeRole.MEMBER, 2), chair));
          if (awards instanceof Outcome.Refused<?, ?> r) {
            r.reasons().forEach(x -> out.println("fr " + x.message(Locale.FRENCH)));
          }
          volunteers.issue("vol-1", Request.of(new VolunteerCommand.Appoint(endowment, CommitteeRole.CHAIR, 2), chair));
          volunteers.issue("vol-1", Request.of(new VolunteerCommand.Accept(), volunteer));
          out.println("roster " + rosters.get().appointments().size());
          for (VolunteerEvent e : volunteers.history("vol-1")) {
            out.println("es " + e.header().actor().value() + ": " + Workflow.commandName(e.header(), Locale.forLanguageTag("es"))
                + " → " + volunteers.workflow().stateName(e.header(), Locale.forLanguageTag("es")));
          }

          for (VolunteerEvent e : volunteers.history("vol-1")) { // the same events through Jackson 2
            String two = org.irrt.jackson2.IrrtJson.write(e);
            out.println("jackson2 " + e.getClass().getSimpleName() + " " + org.irrt.jackson2.IrrtJson.read(two, e.getClass()).equals(e));
          }

          var registers = JdbcRegisters.of(dataSource, Dialect.H2, clock, IrrtJson::write, IrrtJson::read);
          registers.save(EntryKind.ROUND_TABLE, irrt, 0);
          registers.save(EntryKind.MEMBER, member, 0);
          out.println("register " + registers.load(EntryKind.ROUND_TABLE, irrt.id()).orElseThrow().value().equals(irrt)
              + " " + registers.load(EntryKind.MEMBER, member.id()).orElseThrow().version());

          MemberId pseudonym = reloaded.erase(DataSubject.member(member.id())).orElseThrow();
          var created = (ApplicationEvent.ApplicationCreated) engine(dataSource, organisation, clock).history(id).get(0);
          out.println("erased " + created.applicant().name().displayName().equals("Former member " + pseudonym.value()));

          var posts = JdbcWorkflowStore.of(dataSource, Dialect.H2, "contribution",
              EventCodec.of(PostEvent.class, IrrtJson::write, IrrtJson::read).build());
          var blog = WorkflowEngine.of(new ContributionWorkflow(), posts, clock);
          PostContent post = PostContent.builder().title("Free Links in 2026").body("**New** links<script>alert(1)</script>")
              .format(ContentFormat.MARKDOWN).language("en").build();
          blog.issue("post-1", Request.of(new PostCommand.Create(post), Actor.of("ana", Role.CONTRIBUTOR)));
          blog.issue("post-1", Request.of(new PostCommand.Submit(), Actor.of("ana", Role.CONTRIBUTOR)));
          out.println("post " + WorkflowEngine.of(new ContributionWorkflow(), posts, clock).load("post-1").state()
              + " " + SafeContent.body(post).strip());

          String json = IrrtJson.write(create);
          out.println("command " + json);
          out.println("read back " + IrrtJson.read(json, ApplicationCommand.Create.class).equals(create));
          try {
            IrrtJson.read("{\\"applicant\\": {\\"id\\": \\"Bad Id\\"}, \\"type\\": \\"international\\", \\"clientToken\\": \\" \\"}",
                ApplicationCommand.Create.class);
          } catch (InvalidValueException e) {
            e.violations().forEach(v -> out.println("invalid " + v.path() + ": " + v.message(Locale.forLanguageTag("es"))));
            out.println("ja " + e.violations().get(0).message(Locale.JAPANESE));
          }
        }

        static WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> engine(
            JdbcDataSource dataSource, Organisation organisation, Clock clock) {
          var store = JdbcWorkflowStore.of(dataSource, Dialect.H2, "membership-application",
              EventCodec.of(ApplicationEvent.class, IrrtJson::write, IrrtJson::read).build());
          return WorkflowEngine.of(new MembershipApplicationWorkflow(organisation, Duration.ofDays(30),
              new ApplicationIndex(store)), store, clock);
        }
      }
      """;

  @Test
  void aHostModuleRunsAnApplicationOnTheJdbcStoreWithTheIrrtDataAndSpeaksSpanishAndFrench(@TempDir Path dir)
      throws Exception {
    String output = HostModule.run(dir, MODULES, MODULE_INFO, HOST, "de");
    assertThat(output.lines().toList()).containsSubsequence(
        "round table IRRT",
        "state SUBMITTED",
        "es «aprobar» no es posible en el estado «presentada»; ahora es posible: retirar",
        "fr «\u00a0approuver\u00a0» n’est pas possible à l’état «\u00a0soumise\u00a0»\u202f; possible maintenant\u00a0: retirer",
        "state ACTIVE activa",
        "reloaded ACTIVE after 5 events",
        "event {\"header\":{\"actor\":\"m-1\",\"command\":\"SUBMIT\",\"state\":\"SUBMITTED\","
            + "\"at\":\"2026-03-02T15:00:00Z\",\"fingerprint\":\"\"}}",
        "ja “submit” is not possible while this is active; there is nothing you may do with it now",
        "fr il n’existe pas de comité awards",
        "roster 1",
        "es m-1: enviar → presentado",
        "es chair-kim: nombrar → puesto ofrecido",
        "es m-1: aceptar → aceptado",
        "jackson2 FormSubmitted true",
        "jackson2 AppointmentOffered true",
        "jackson2 AppointmentAccepted true",
        "register true 1",
        "erased true",
        "post SUBMITTED <p><strong>New</strong> links</p>",
        "read back true",
        "invalid applicant.id: debe ser un identificador de minúsculas y dígitos unidos por guiones simples, de 1 a 64 caracteres",
        "invalid applicant.category: es obligatorio",
        "invalid applicant.country: es obligatorio",
        "invalid applicant.email: es obligatorio",
        "invalid applicant.name: es obligatorio",
        "invalid applicant.preferredLanguage: es obligatorio",
        "invalid clientToken: debe tener de 1 a 200 caracteres: letras ASCII, dígitos y - _ . : ~ + / = @",
        "ja must be an id of lower-case letters and digits joined by single hyphens, 1 to 64 characters");
    assertThat(output).contains("""
        command {
          "applicant": {
            "id": "m-1",
            "name": {
              "givenNames": "Ana María",
              "familyName": "García",
              "familyNameFirst": false
            },
            "email": "ana@example.org",
            "country": "CO",
            "preferredLanguage": "es",
            "category": "INTERNATIONAL",
            "consent": {
              "directoryListing": false,
              "newsletter": false
            }
          },
          "type": "international",
          "clientToken": "form-1"
        }
        """);
  }
}
