package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault a newcomer's trial found: a value of the wrong JSON type was reported with a Java type's
 * name, "has the wrong type or format; expected an object (PersonName)" from the library, and the
 * command line's own "must be a Person", "must be a ApplicationCommand". The path names the field;
 * the words say what kind of value it must be, and a command the names it may have.
 */
class JavaTypeNamesRegressionTest {
  @TempDir
  Path dir;

  private Path actions(String find, String replace) throws IOException {
    String sample = WorkflowsFileProblemsRegressionTest.sample(WorkflowBatch.SAMPLE);
    assertThat(sample).contains(find);
    return Files.writeString(dir.resolve("actions.json"), sample.replaceFirst(java.util.regex.Pattern.quote(find),
        java.util.regex.Matcher.quoteReplacement(replace)));
  }

  @Test
  void aLibraryValueOfTheWrongTypeIsAnObjectWithoutItsJavaName() throws IOException {
    Path file = actions("\"name\": {\"givenNames\": \"Ana María\", \"familyName\": \"García Márquez\"}", "\"name\": 5");
    Run r = IrrtCommandTest.run("workflows", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 1 problem\n"
        + "  people[0].name: has the wrong type or format; expected an object\n");
    assertThat(IrrtCommandTest.run("--lang=zh", "workflows", file.toString()).out()).isEqualTo(file + "：无效，1 个问题\n"
        + "  people[0].name：类型或格式错误；应为对象\n");
  }

  @Test
  void aRecordOrACommandOfTheWrongTypeIsSaidInWordsInEveryLanguage() throws IOException {
    Path file = actions("{\"id\": \"m-003\"", "5, {\"id\": \"m-003\"");
    String names = "Activate, Amend, Approve, AutoApprove, Create, Expire, RecordPayment, Reject, RequestInformation, Resubmit,"
        + " StartReview, Submit, Withdraw"; // alphabetical, whichever JDK compiled irrt
    String[][] expected = {
        {"en", "  people[1]: must be an object\n"},
        {"ar", "  people[1]: يجب أن يكون كائنًا\n"},
        {"de", "  people[1]: muss ein Objekt sein\n"},
        {"es", "  people[1]: debe ser un objeto\n"},
        {"fr", "  people[1]\u00A0: doit être un objet\n"},
        {"ru", "  people[1]: должно быть объектом\n"},
        {"zh", "  people[1]：必须是一个对象\n"}};
    for (String[] e : expected) {
      Run r = IrrtCommandTest.run("--lang=" + e[0], "workflows", file.toString());
      assertThat(r.status()).as(e[0]).isEqualTo(1);
      assertThat(r.out()).as(e[0]).contains(e[1]).doesNotContain("Person");
    }
    Path command = actions("\"command\": {\"Submit\": {}}", "\"command\": []");
    assertThat(IrrtCommandTest.run("workflows", command.toString()).out()).isEqualTo(command + ": invalid, 1 problem\n"
        + "  applications[2].command: must be a command: an object with one of the names " + names + "\n");
  }
}
