package org.irrt.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.api.Test;

/**
 * Fault: a Spring Boot host binding a request body to {@code ApplicationCommand.Create} got only its
 * first bad value ("type: must be an id ...") and none of the applicant's four problems, because
 * the workflows' types were not the library's: the first bad value ended the read. Found by a host's
 * trial.
 */
class CommandJsonProblemsRegressionTest {
  private static final String CREATE = "{\"applicant\": {\"id\": \"M 1\", \"name\": {\"givenNames\": \" \", \"familyName\": \"Mensah\"},"
      + " \"email\": \"not an address\", \"country\": \"ZZ\", \"preferredLanguage\": \"en\", \"category\": "
      + "\"INTERNATIONAL\"}, \"type\": \"NOT A TYPE\", \"clientToken\": \"t\"}";

  private static List<String> found(Throwable e) {
    InvalidValueException invalid = null;
    for (Throwable t = e; t != null && invalid == null; t = t.getCause()) {
      invalid = t instanceof InvalidValueException i ? i : null;
    }
    assertThat(invalid).as("an InvalidValueException in %s", e).isNotNull();
    return invalid.violations().stream().map(Violation::path).toList();
  }

  @Test
  void aCommandReadByAHostsMapperReportsEveryProblemOfItsValues() {
    JsonMapper host = JsonMapper.builder().findAndAddModules().build();
    assertThat(found(catchThrowable(() -> host.readValue(CREATE, ApplicationCommand.Create.class))))
        .containsExactlyInAnyOrder("applicant.id", "applicant.name.givenNames", "applicant.email", "applicant.country",
            "type");
  }

  @Test
  void aCommandReadByIrrtJsonReportsEveryProblemToo() {
    assertThat(found(catchThrowable(() -> IrrtJson.read(CREATE, ApplicationCommand.Create.class))))
        .containsExactlyInAnyOrder("applicant.id", "applicant.name.givenNames", "applicant.email", "applicant.country",
            "type");
  }

  @Test
  void aValidCommandReadsBackEqual() {
    var create = new ApplicationCommand.Create(ApplicationFixtures.member("m-1", "Ana", "García"),
        MembershipTypeId.of("regular"), "t");
    assertThat(IrrtJson.read(IrrtJson.write(create), ApplicationCommand.Create.class)).isEqualTo(create);
    assertThat(catchThrowable(() -> IrrtJson.read("[" + CREATE + ", " + CREATE + "]",
        ApplicationCommand.Create[].class))).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).contains("[0].type", "[1].type")
                .allSatisfy(path -> assertThat(path).doesNotStartWith("[0][0]").doesNotStartWith("[1][1]")));
    assertThat(((InvalidValueException) catchThrowable(() -> IrrtJson.read(CREATE, ApplicationCommand.Create.class)))
        .violations().get(0).message(Locale.ENGLISH)).isNotBlank();
  }

  /** A host's body {@code {}} learns every missing part at once, not one per request. */
  @Test
  void anEmptyCommandNamesEveryMissingPart() {
    JsonMapper host = JsonMapper.builder().findAndAddModules().build();
    assertThat(found(catchThrowable(() -> host.readValue("{}", ApplicationCommand.Create.class))))
        .containsExactly("applicant", "type", "clientToken");
    assertThat(found(catchThrowable(() -> IrrtJson.read("{\"type\": \"regular\"}", ApplicationCommand.Create.class))))
        .containsExactly("applicant", "clientToken");
  }

  /**
   * A reason the workflow's guard refuses when missing ({@code reasonGiven}) may be left out of the
   * JSON: it is never named "is required" beside a part that is.
   */
  @Test
  void aReasonTheGuardChecksIsNotNamedBesideAMissingPart() {
    JsonMapper host = JsonMapper.builder().findAndAddModules().build();
    assertThat(found(catchThrowable(() -> host.readValue("{}", MembershipCommand.Erase.class))))
        .containsExactly("pseudonym");
    assertThat(found(catchThrowable(() -> IrrtJson.read("{}", MembershipCommand.OverrideStatus.class))))
        .containsExactly("status");
    assertThat(IrrtJson.read("{\"pseudonym\": \"m-1\"}", MembershipCommand.Erase.class).reason()).isNull();
  }

  /**
   * Every part of a command that cannot be read is named, not the first alone: Jackson stops a
   * record at its first part of a JDK type it cannot read (a date, a number).
   */
  @Test
  void everyUnreadablePartOfACommandIsNamed() {
    String body = "{\"endDate\": \"2026-13-01\", \"daysFromEnd\": \"soon\"}";
    JsonMapper host = JsonMapper.builder().findAndAddModules().build();
    assertThat(found(catchThrowable(() -> host.readValue(body, MembershipCommand.RecordReminderSent.class))))
        .containsExactly("endDate", "daysFromEnd");
    assertThat(found(catchThrowable(() -> IrrtJson.read(body, MembershipCommand.RecordReminderSent.class))))
        .containsExactly("endDate", "daysFromEnd");
    assertThat(found(catchThrowable(() -> IrrtJson.read("{\"status\": \"NOPE\", \"until\": \"tomorrow\"}",
        MembershipCommand.OverrideStatus.class)))).containsExactly("status", "until");
  }

  /**
   * A command given {@code null} for every part names every one, also when a part is a number that
   * the mapper refuses as {@code null} (the ready mapper's {@code FAIL_ON_NULL_FOR_PRIMITIVES}): that
   * refusal named the number alone.
   */
  @Test
  void everyPartGivenNullIsNamedBesideANullNumber() {
    assertThat(found(catchThrowable(() -> IrrtJson.read("{\"committee\": null, \"role\": null, \"termYears\": null}",
        org.irrt.workflow.committee.VolunteerCommand.Appoint.class)))).containsExactly("termYears", "committee", "role");
    assertThat(found(catchThrowable(() -> IrrtJson.read("{\"installment\": null, \"step\": null}",
        org.irrt.workflow.pledge.PledgeCommand.RecordReminderSent.class)))).containsExactly("installment", "step");
  }
}
