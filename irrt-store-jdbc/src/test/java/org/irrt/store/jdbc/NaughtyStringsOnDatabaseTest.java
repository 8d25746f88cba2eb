package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.PersonName;
import org.irrt.model.member.Member;
import org.irrt.model.testing.TestData;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.pledge.PledgeCommand;
import org.irrt.workflow.pledge.PledgeEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Big List of Naughty Strings ({@code naughty-strings/blns.json} of the shared test data; skipped
 * with the reason where absent) as a request's comment (kept in the event's header, in {@code
 * irrt_events}) and as an applicant's given names (personal data, in {@code irrt_personal_data}),
 * through a database: each string is refused as text (control characters, bidirectional overrides,
 * lone surrogates, blank) or accepted, and every accepted one reads back exactly, in NFC, from a
 * fresh store (no engine's memory). Found holding in the adversary's pass: of the 515 strings, 18 are
 * refused as comments and 24 as names (single-line), and nothing a text rule lets through is
 * altered by H2 or by PostgreSQL's {@code jsonb}.
 */
class NaughtyStringsOnDatabaseTest {
  static List<String> naughtyStrings() throws IOException {
    String json = Files.readString(TestData.require("naughty-strings/blns.json"));
    return List.of(org.irrt.jackson3.IrrtJson.newMapper().readValue(json, String[].class));
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void everyAcceptedNaughtyStringReadsBackExactlyAndTheOthersAreRefusedAsText(Databases db) throws IOException {
    List<String> strings = naughtyStrings();
    try (HikariDataSource pool = Databases.pool(db.create(), 4)) {
      var pledges = Pledges.engine(Pledges.store(pool, db.dialect()));
      var applications = new Applications(pool, db.dialect());
      pledges.issue("p1", Pledges.record("p1"));
      List<String> comments = new ArrayList<>();
      List<String> names = new ArrayList<>();
      int refusedComments = 0;
      int refusedNames = 0;
      for (int i = 0; i < strings.size(); i++) {
        String s = strings.get(i);
        try {
          Request<PledgeCommand> pay = Pledges.pay("pay-" + i, null).withComment(s);
          assertThat(pledges.issue("p1", pay)).isInstanceOf(Outcome.Accepted.class);
          comments.add(Normalizer.normalize(s, Normalizer.Form.NFC));
        } catch (InvalidValueException e) {
          assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("comment"));
          refusedComments++;
        }
        Member applicant;
        try {
          applicant = Member.builder().from(Applications.member(i)).name(PersonName.of(s, "García")).build();
        } catch (InvalidValueException e) {
          refusedNames++;
          continue;
        }
        var create = new ApplicationCommand.Create(applicant, Applications.INTL.id(), "t-" + i);
        assertThat(applications.engine.issue("app-" + i, Request.of(create, Applications.applicant(i))))
            .isInstanceOf(Outcome.Accepted.class);
        names.add("app-" + i + " " + applicant.name().givenNames());
      }
      var fresh = Pledges.store(pool, db.dialect());
      assertThat(fresh.load("p1").stream().skip(1).map(e -> e.header().comment().orElseThrow()).toList())
          .isEqualTo(comments);
      var freshApplications = new Applications(pool, db.dialect()).store;
      List<String> read = new ArrayList<>();
      for (String entry : names) {
        String id = entry.substring(0, entry.indexOf(' '));
        ApplicationEvent created = freshApplications.load(id).get(0);
        read.add(id + " " + ((ApplicationEvent.ApplicationCreated) created).applicant().name().givenNames());
      }
      assertThat(read).isEqualTo(names);
      assertThat(strings).hasSize(515);
      assertThat(comments).hasSize(strings.size() - refusedComments);
      assertThat(refusedComments).isEqualTo(REFUSED_COMMENTS);
      assertThat(refusedNames).isEqualTo(REFUSED_NAMES);
    }
  }

  private static final int REFUSED_COMMENTS = 18;
  private static final int REFUSED_NAMES = 24;
}
