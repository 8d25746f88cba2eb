package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.roundtable.RoundTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The irrt command line: exit statuses and output for good and bad input, never a stack trace. */
class IrrtCommandTest {
  @TempDir
  Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = IrrtCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    Run r = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertThat(r.out() + r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    return r;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void tourShowsTheBundledIrrtData() {
    Run r = run("tour");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("International Relations Round Table (IRRT)\nA round table of the American Library Association (ALA)\n")
        .contains("Established January 1949 by the ALA Council as the Round Table on Library Service Abroad")
        .contains("  4. To provide hospitality and information to visitors from abroad.")
        .contains("  * Free Links Program [professional development program, since 2008]")
        .contains("    Seats: chair 1; members 2-4")
        .contains("    - Campaign for the World's Libraries  [opens in a new window]\n      (address unknown)")
        .contains("    - IRRT Blog\n      https://alairrt.blogspot.com")
        .contains("Not known from any source");
  }

  @Test
  void validateAcceptsAValidFile() throws IOException {
    Path file = write("irrt.json", IrrtJson.write(IrrtData.irrt()));
    Run r = run("validate", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(file + ": valid round table \"International Relations Round Table\""
        + " (9 committees, 4 initiatives, 6 link groups, 20 links)\n");
    Path one = write("one.json", IrrtJson.write(IrrtData.irrt().withCommittees(IrrtData.irrt().committees().get(0))
        .withLinkGroups(IrrtData.irrt().linkGroups().get(3))));
    assertThat(run("validate", one.toString()).out()).endsWith("(1 committee, 4 initiatives, 1 link group, 1 link)\n");
  }

  @Test
  void validateListsEveryViolationWithItsPath() throws IOException {
    String json = IrrtJson.write(IrrtData.irrt())
        .replace("\"established\": \"1949-01\"", "\"established\": \"January 1949\"")
        .replace("\"acronym\": \"IRRT\"", "\"acronym\": \" \"")
        .replace("\"url\": \"https://alairrt.blogspot.com\"", "\"url\": \"javascript:alert(1)\"")
        .replace("\"kind\": \"STEERING\"", "\"kind\": \"SUBCOMMITTEE\"")
        .replace("\"title\": \"Global Studies E-Journal now available: Global e\",", "");
    Path file = write("broken.json", json);
    Run r = run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 6 problems\n" // in the file's order
        + "  acronym: must not be blank\n"
        + "  established: must be a date written YYYY, YYYY-MM or YYYY-MM-DD (years 1000 to 9999)\n"
        + "  initiatives[1].url: must use http or https (other schemes, such as javascript: or data:, are not allowed)\n"
        + "  committees[8].parentCommittee: a subcommittee must name its parent committee\n"
        + "  linkGroups[0].links[1].url: must use http or https (other schemes, such as javascript: or data:, are not allowed)\n"
        + "  linkGroups[3].links[0].title: is required\n");
  }

  @Test
  void validateSpeaksSpanishAndFrench() throws IOException {
    Path file = write("blank.json", IrrtJson.write(IrrtData.irrt()).replace("\"acronym\": \"IRRT\"", "\"acronym\": \"\""));
    assertThat(run("--lang=es", "validate", file.toString()).out()).contains("  acronym: no debe estar en blanco");
    assertThat(run("--lang=fr", "validate", file.toString()).out()).contains("  acronym\u00A0: ne doit pas être vide");
    assertThat(run("validate", file.toString(), "--lang=es").out()).contains("  acronym: no debe estar en blanco");
    Run japanese = run("--lang=ja", "validate", file.toString());
    assertThat(japanese.out()).contains("  acronym: must not be blank");
    assertThat(japanese.err()).isEqualTo("irrt: no messages in 'ja'; using English\n");
  }

  @Test
  void validateReportsMalformedJsonWithLineAndColumn() throws IOException {
    Path file = write("malformed.json", "{\n  \"id\": \"irrt\",\n  \"name\": \"IRRT\"\n  \"acronym\": \"IRRT\"\n}\n");
    Run r = run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 1 problem\n"
        + "  (document): is not well-formed JSON (line 4, column 3)\n");
  }

  @Test
  void validateReportsWrongTypesAndMissingFields() throws IOException {
    Path file = write("types.json", "{\"id\": \"irrt\", \"name\": 7, \"purposes\": \"one\", \"committees\": {}}");
    Run r = run("validate", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("  name: has the wrong type or format; expected text")
        .contains("  purposes: has the wrong type or format; expected a list")
        .contains("  committees: has the wrong type or format; expected a list")
        .contains("  acronym: is required")
        .contains("  established: is required")
        .contains("  parentOrganization: is required");
  }

  @Test
  void validateReportsAMissingFileOrADirectoryWithoutAStackTrace() {
    Run missing = run("validate", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(3);
    assertThat(missing.err()).isEqualTo(dir.resolve("nope.json") + ": cannot be read (no such file)\n");
    Run directory = run("validate", dir.toString());
    assertThat(directory.status()).isEqualTo(3);
    assertThat(directory.err()).isEqualTo(dir + ": is a directory, not a file\n");
  }

  @Test
  void exportWritesCanonicalJsonThatReadsBackEqual() throws IOException {
    Path out = dir.resolve("export.json");
    Run r = run("export", "-o", out.toString());
    assertThat(r.status()).isZero();
    String json = Files.readString(out);
    assertThat(IrrtJson.read(json, RoundTable.class)).isEqualTo(IrrtData.irrt());
    assertThat(json).startsWith("{\n  \"id\": \"irrt\",\n  \"name\": \"International Relations Round Table\",\n");
    Run again = run("export", out.toString());
    assertThat(again.out()).isEqualTo(json);
  }

  @Test
  void toursAUsersOwnFileAndRefusesABadOne() throws IOException {
    Path file = write("mine.json", IrrtJson.write(IrrtData.irrt().withName("Round Table on Library Service Abroad")));
    assertThat(run("tour", file.toString()).out()).startsWith("Round Table on Library Service Abroad (IRRT)\n");
    Run bad = run("tour", write("bad.json", "[]").toString());
    assertThat(bad.status()).isEqualTo(1);
  }

  @Test
  void wrongUsageIsStatusTwo() {
    assertThat(run("frobnicate").status()).isEqualTo(2);
    assertThat(run("validate").status()).isEqualTo(2);
    assertThat(run("--help").status()).isZero();
  }

  @Test
  void membershipsReportsStatusesGraceRemindersAndDuesPerCurrency() {
    Run r = run("memberships", "--date=2026-11-29", "--zone=America/Chicago");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Memberships on November 29, 2026 (Chicago Time)\n")
        .containsPattern("Ana María García Márquez +International \\(euro\\) +12/30/2025 12/29/2026 current\n")
        .containsPattern("Jean-Luc Lefèvre .* expired\n")
        .containsPattern("山田太郎 \\(Yamada Taro\\) .* new\n")
        .contains("11/15/2025 11/14/2026 in grace  renewal asked November 10, 2026\n")
        .containsPattern("Noah Müller .* pending\n")
        .containsPattern("Margaret O'Connor .* \\(life\\) +current\n")
        .containsPattern("Δημήτρης Παπαδόπουλος .* suspended\n")
        .contains("In grace (still members, asked to renew):\n"
            + "  - Adébáyọ̀ Ọláòṣebìkan, ended November 28, 2026\n"
            + "  - ዜንዳያ, ended November 14, 2026\n")
        .contains("  - Adébáyọ̀ Ọláòṣebìkan <adebayo@ile-ikawe.example>, in Yoruba: 1 day into grace\n"
            + "  - Ana María García Márquez <ana.garcia@biblioteca.example>, in Spanish (Colombia): 30 days before the end\n")
        .endsWith("Dues due per currency (in grace or ending within 30 days):\n"
            + "  BHD\u00A012.500\n  EUR\u00A070.00\n  JPY\u00A05,000\n  NGN\u00A020,000.00\n");
  }

  @Test
  void membershipsTakesTheDayInTheOrganisationsZone() {
    // On 2026-11-28 the naira membership (ends 2026-11-28) is still current; in grace a day later.
    assertThat(run("memberships", "--date=2026-11-28").out()).containsPattern("Adébáyọ̀ Ọláòṣebìkan .* current\n");
  }

  @Test
  void membershipsRefusesABadRegisterWithEveryProblem() throws IOException {
    Path file = write("register.json", "{\"types\": [], \"members\": [], \"memberships\": [{\"id\": \"ms-1\","
        + " \"memberId\": \"m-1\", \"typeId\": \"t\", \"joinDate\": \"2026-02-30\", \"startDate\": \"2026-03-01\"}]}");
    Run r = run("memberships", file.toString(), "--date=2026-11-29");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ": invalid, 3 problems\n"
        + "  memberships[0].memberId: names a member that is not in the register\n"
        + "  memberships[0].typeId: names a membership type that is not in the register\n"
        + "  memberships[0].joinDate: has the wrong type or format; expected a date in ISO form YYYY-MM-DD, such as 2026-11-29\n");
  }

  @Test
  void campaignAndFreeLinksNameMissingPartsAndOutOfRangeDataIsInvalidNotAnInternalError() throws IOException {
    Path empty = write("empty.json", "{}");
    Run campaign = run("campaign", empty.toString());
    assertThat(campaign.status()).isEqualTo(1);
    assertThat(campaign.out()).isEqualTo(empty + ": invalid, 3 problems\n  campaign: is required\n  rates: is required\n"
        + "  pledges: is required\n");
    String sample = new String(IrrtCommandTest.class.getResourceAsStream("/org/irrt/examples/campaign.json").readAllBytes(),
        StandardCharsets.UTF_8);
    Path twice = write("twice.json", sample.replace("\"id\": \"pl-002\"", "\"id\": \"pl-001\"")
        .replace("{ \"from\": \"JPY\", \"to\": \"USD\"", "{ \"from\": \"EUR\", \"to\": \"USD\""));
    assertThat(run("campaign", twice.toString()).out()).isEqualTo(twice + ": invalid, 3 problems\n"
        + "  rates[1]: is a second rate from EUR to USD (the first is rates[0]); give one rate per pair\n"
        + "  pledges[1].id: repeats the id of pledges[0]\n"
        + "  pledges[2].total.currency: has no rate into USD in rates\n");
    // in the reader's language, as every other problem (these three were English in every language)
    assertThat(run("--lang=de", "campaign", twice.toString()).out())
        .contains("  rates[1]: ist ein zweiter Kurs von EUR nach USD (der erste ist rates[0]); geben Sie einen Kurs je Paar an\n",
            "  pledges[1].id: wiederholt die ID von pledges[0]\n", "  pledges[2].total.currency: hat keinen Kurs nach USD in rates\n");
    Path nulls = write("nulls.json", "null");
    assertThat(run("freelinks", nulls.toString()).out()).isEqualTo(nulls + ": invalid, 1 problem\n  (document): the document is empty\n");
    assertThat(run("workflows", nulls.toString()).status()).isEqualTo(1);
    assertThat(run("freelinks", empty.toString()).out()).isEqualTo(empty + ": invalid, 1 problem\n  catalogue: is required\n");
    for (String tag : List.of("!!", "en_US", "x")) {
      Run bad = run("freelinks", "--language=" + tag);
      assertThat(bad.status()).as(tag).isEqualTo(2);
      assertThat(bad.err()).as(tag).startsWith("Invalid value for option '--language': '" + tag + "' is not a BCP 47");
    }
    // an amount written with a huge exponent is refused at its path at once, not computed for a minute
    Path tiny = write("tiny.json", sample.replace("\"total\": { \"amount\": 100.000, \"currency\": \"BHD\" }",
        "\"total\": { \"amount\": 1E-100000000, \"currency\": \"BHD\" }"));
    Run refused = run("campaign", tiny.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.out()).isEqualTo(tiny + ": invalid, 1 problem\n  pledges[3].total.amount: has more decimals than the currency "
        + "allows (3)\n");
    Path huge = write("huge.json", sample.replace("\"amount\": { \"amount\": 450.00, \"currency\": \"USD\" }",
        "\"amount\": { \"amount\": 4.5e+999999999, \"currency\": \"USD\" }"));
    assertThat(run("campaign", huge.toString()).out()).isEqualTo(huge + ": invalid, 1 problem\n"
        + "  pledges[0].payments[2].amount.amount: is too large\n");
    Run far = run("campaign", "--date=+999999999-12-31"); // the option's fault, not the data's (OptionValuesOutOfRangeRegressionTest)
    assertThat(far.status()).isEqualTo(2);
    assertThat(far.err()).startsWith("Invalid value for option '--date': '+999999999-12-31' is not a date: expected a date as "
        + "YYYY-MM-DD, such as 2026-11-29\n");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("tour", "validate", "export", "memberships", "workflows", "blog", "campaign",
        "freelinks")) {
      Run r = run(command, "--help");
      assertThat(r.status()).as(command).isZero();
      assertThat(r.out()).as(command).startsWith("Usage: irrt " + command);
    }
  }

  @Test
  void blogReadsUtf8WithOrWithoutAByteOrderMarkAndAnyLineEndsAndRefusesOtherFiles() throws IOException {
    Path bom = Files.write(dir.resolve("bom.md"), ("\uFEFF# BOM title\r\rBody after old-Mac line ends.\r")
        .getBytes(StandardCharsets.UTF_8));
    Run ok = run("blog", bom.toString(), "-o", dir.resolve("b.html").toString());
    assertThat(ok.status()).as(ok.out()).isZero();
    assertThat(ok.out()).startsWith("Audit trail of \"BOM title\" (Chicago Time)\n");
    assertThat(Files.readString(dir.resolve("b.html"))).contains("<p>Body after old-Mac line ends.</p>")
        .doesNotContain("\uFEFF").doesNotContain("&#xfeff;");
    Path latin1 = Files.write(dir.resolve("latin1.md"), "# Café crème\n\nDéjà vu".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("blog", latin1.toString(), "-o", dir.resolve("l.html").toString()).out())
        .isEqualTo(latin1 + ": invalid, 1 problem\n  (document): is not UTF-8 text (save it as UTF-8 and try again)\n");
    Path empty = write("empty.md", " \n\t\n");
    assertThat(run("blog", empty.toString()).out()).isEqualTo(empty + ": invalid, 1 problem\n  (document): is empty\n");
    Path big = Files.write(dir.resolve("big.md"), new byte[BlogExample.MAX_BYTES + 1]);
    assertThat(run("blog", big.toString()).out())
        .isEqualTo(big + ": invalid, 1 problem\n  (document): is larger than 1048576 bytes (1 MiB)\n");
    assertThat(Files.exists(dir.resolve("post.html"))).isFalse();
  }

  @Test
  void blogRefusesAPublicationTimeOutsideTheSupportedYears() {
    // wrong usage of the option, not an invalid post (OptionValuesOutOfRangeRegressionTest)
    for (String at : List.of("+999999999-12-31T23:59", "-999999999-01-01T00:00")) {
      Run r = run("blog", "--publish-at=" + at, "-o", dir.resolve("p.html").toString());
      assertThat(r.status()).as(at).isEqualTo(2);
      assertThat(r.err()).as(at).startsWith("Invalid value for option '--publish-at': '" + at + "' is not a date and time: "
          + "expected YYYY-MM-DDTHH:MM, such as 2026-12-01T09:00\n");
    }
    Run early = run("blog", "--publish-at=1899-12-31T23:59", "-o", dir.resolve("p.html").toString());
    assertThat(early.status()).isEqualTo(2);
    assertThat(early.out()).isEmpty();
    assertThat(early.err()).startsWith("Invalid value for option '--publish-at': must lie between 1900 and 2200\n");
  }

  @Test
  void blogTakesAPostToScheduledPublicationAndWritesASafePage() throws IOException {
    Path page = dir.resolve("post.html");
    Run r = run("blog", "--publish-at=2026-11-01T01:30", "--zone=America/Chicago", "-o", page.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("  Oct 22, 2026, 21:30  changes requested, by Grace Okafor  reason: Please point readers to the Free Links Program.\n")
        .contains("  Oct 23, 2026, 02:30  post saved, by Ana María García Márquez  \"Added the link.\"\n")
        .contains("  Nov 1, 2026, 01:37  post published, by the system  published at Nov 1, 2026, 01:30\n")
        .contains("Revisions: 2, current ");
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<title>Learning without travel funds: notes from a year of free tutorials | International Relations Round Table (IRRT) Blog</title>")
        .contains("<p class=\"meta\">Published November 1, 2026</p>")
        .contains("<a href=\"https://www.ala.org/rt/irrt/emergingleaders2008\" rel=\"noopener noreferrer\">")
        .doesNotContain("<script").doesNotContain("alert(");
  }

  @Test
  void blogRefusesAPostThatIsNotValidContent() throws IOException {
    Path post = write("long.md", "# " + "x".repeat(301) + "\n\nBody");
    Run r = run("blog", post.toString(), "-o", dir.resolve("p.html").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(post + ": invalid, 1 problem\n  title: must be at most 300 characters long\n");
    assertThat(run("blog", dir.resolve("missing.md").toString()).status()).isEqualTo(3);
  }

  @Test
  void campaignReportsProgressPerCurrencyOverdueInstallmentsRemindersAndAChart() throws IOException {
    Path chart = dir.resolve("campaign.svg");
    Run r = run("campaign", "--date=2026-11-29", "--chart=" + chart);
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("BHD             BHD\u00A0100.000          BHD\u00A00.000        BHD\u00A0100.000          BHD\u00A00.000\n"
            + "EUR              EUR\u00A0600.00         EUR\u00A0300.00         EUR\u00A0300.00         EUR\u00A0200.00\n"
            + "JPY             JPY\u00A0120,000         JPY\u00A090,000         JPY\u00A030,000              JPY\u00A00\n")
        .startsWith("Endowment campaign (synthetic sample) for the IRRT endowment on November 29, 2026 (Chicago Time)\n"
            + "Goal $50,000.00; 6 donors (left out of the totals and the donors: 1 cancelled pledge)\n")
        .contains("Toward the goal in USD (rates of November 27, 2026): pledged $9,233.25, received $5,984.50")
        .contains("  Δημήτρης Παπαδόπουλος (Dimitris Papadopoulos): EUR\u00A0240.00 in 2 installments, cancelled; received EUR\u00A00.00\n")
        .contains("  anonymous donor: BHD\u00A0100.000 in 3 installments, pending; received BHD\u00A00.000\n")
        .contains("  Friends of the Ile-Ife Library (in honour of Mrs. Ọláòṣebìkan): NGN\u00A0500,000.00 in 5 installments, overdue;")
        .contains("Overdue installments\n  Ana María García Márquez: installments 4 to 5 due October 15, 2026 to November 15, 2026:"
            + " EUR\u00A0200.00\n  Friends of the Ile-Ife Library: installments 2 to 3 due September 30, 2026 to October 30, 2026:"
            + " NGN\u00A0200,000.00\n\n")
        .contains("Reminders due today (7 days before an installment)\n  김민준 (Kim Minjun): installment 1 due December 6, 2026:"
            + " USD\u00A0100.00\n");
    String svg = Files.readString(chart);
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("pledged $9,233.25")
        .contains("received $5,984.50").endsWith("</svg>\n");
    // 18.5% of a 640-pixel bar is pledged, 12.0% received.
    assertThat(svg).contains("width=\"118.2\"").contains("width=\"76.6\"");
  }

  @Test
  void campaignReportsALateDayJustBeforeAndAfterLocalMidnight() {
    // pl-002's fourth installment falls due on 2026-10-15: overdue from October 16 in Chicago.
    assertThat(run("campaign", "--date=2026-10-15", "--chart=" + dir.resolve("a.svg")).out()).doesNotContain("installments 4");
    assertThat(run("campaign", "--date=2026-10-16", "--chart=" + dir.resolve("b.svg")).out()).contains("  Ana María García Márquez: installment 4 due October 15, 2026: EUR\u00A0100.00\n");
  }

  @Test
  void freeLinksAnswersQueries() {
    Run es = run("freelinks", "--language=es", "--on=2026-11-29");
    assertThat(es.out()).startsWith("2 opportunities\n").contains("Planning for disasters in small libraries")
        .contains("Alfabetización informacional para bibliotecas públicas");
    assertThat(run("freelinks", "--topic=information literacy", "--on=2026-12-16").out()).startsWith("0 opportunities\n");
    assertThat(run("freelinks", "--format=TOOLKIT").out()).startsWith("1 opportunity\n").contains("Grant writing toolkit");
    assertThat(run("freelinks", "--format=TOOLKIT", "--on=2026-01-01").out()).startsWith("0 opportunities\n");
    assertThat(run("freelinks", "--format=NOPE").status()).isEqualTo(2);
  }

  @Test
  void freeLinksRefusesAPaidOpportunity() throws IOException {
    Path file = write("paid.json", "{\"catalogue\": {\"opportunities\": [{\"id\": \"x\", \"title\": \"Paid course\","
        + " \"provider\": \"P\", \"url\": \"https://example.org/x\", \"format\": \"COURSE\", \"languages\": [\"en\"],"
        + " \"cost\": {\"amount\": 25.00, \"currency\": \"USD\"}}]}}");
    Run r = run("freelinks", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("catalogue.opportunities[0].cost: the Free Links Program lists free opportunities only");
  }
}
