package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.irrt.examples.IrrtCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the command line's adversarial test: an option's value out of range was reported as a
 * fault of the data. {@code blog post.md --publish-at=2300-12-31T09:00} said "post.md: invalid, 1
 * problem: publishAt: must lie between 1900 and 2200" (status 1, the user's post blamed for an option);
 * {@code memberships --date=+999999999-12-31} (a year of nine digits, which {@code LocalDate.parse}
 * takes) said "the data leads to a value out of range (an amount too large to compute)". Both are
 * now wrong usage, status 2, naming the option: a date is the form the usage shows, {@code
 * YYYY-MM-DD}, with a four-digit year.
 */
class OptionValuesOutOfRangeRegressionTest {
  @TempDir
  Path dir;

  @Test
  void aPublicationTimeOutsideTheYearsABlogTakesIsWrongUsageOfTheOptionNotABadPost() throws Exception {
    Path post = Files.writeString(dir.resolve("post.md"), "# Title\n\nBody.\n");
    Path page = dir.resolve("post.html");
    Run run = IrrtCommandTest.run("blog", post.toString(), "--publish-at=2300-12-31T09:00", "-o", page.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Invalid value for option '--publish-at': must lie between 1900 and 2200\nUsage: irrt blog ");
    assertThat(page).doesNotExist();
  }

  @Test
  void aDateWithAYearOfNineDigitsIsNotTheFormTheUsageShows() {
    Run run = IrrtCommandTest.run("memberships", "--date=+999999999-12-31", "--db=jdbc:h2:file:" + dir.resolve("irrt"));
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Invalid value for option '--date': '+999999999-12-31' is not a date: expected a date "
        + "as YYYY-MM-DD, such as 2026-11-29\nUsage: irrt memberships ");
  }

  @Test
  void aPublicationTimeWithAYearOfFiveDigitsIsRefusedInFrench() {
    Run run = IrrtCommandTest.run("--lang=fr", "blog", "--publish-at=+12026-12-01T09:00", "-o", dir.resolve("p.html").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Valeur invalide pour l’option «\u00A0--publish-at\u00A0»\u00A0: ");
  }

  @Test
  void aDateInTheFormTheUsageShowsIsStillTaken() {
    Run run = IrrtCommandTest.run("memberships", "--date=2026-11-29", "--db=jdbc:h2:file:" + dir.resolve("irrt"));
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Memberships on November 29, 2026 (Chicago Time)\n");
  }
}
