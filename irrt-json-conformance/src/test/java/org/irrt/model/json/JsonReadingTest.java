package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.json.JsonBinding.Host;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading JSON: every problem of a document at once, with paths; the ready mapper's limits. The same
 * for both adapters.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class JsonReadingTest {
  @Parameter
  JsonBinding json;

  private static final String BROKEN_GROUP = """
      {"id": "related", "title": "Related", "kind": "RELATED_LINKS", "colour": 3,
       "links": [
         {"id": "a", "title": "A", "url": "https://example.org/a", "category": "PAGE"},
         {"id": "b", "title": " ", "url": "javascript:alert(1)", "category": "NOPE"},
         {"id": "Bad Id", "url": "https://example.org/c", "category": "PAGE", "featuredMonth": "2020-13"},
         null,
         42,
         {"id": "f", "title": "F", "category": "PAGE", "language": "english", "extra": {"deep": [1, 2]}}
       ]}
      """;

  @Test
  void reportsEveryViolationOfADocumentWithItsPath() {
    assertThat(Violations.of(() -> json.read(BROKEN_GROUP, LinkGroup.class))).containsExactly(
        "colour org.irrt.model.json.unknownProperty",
        "links[1].url org.irrt.model.WebUrl.scheme",
        "links[1].category org.irrt.model.json.enum",
        "links[1].title org.irrt.model.ValidText.blank",
        "links[2].id org.irrt.model.Id.invalid",
        "links[2].featuredMonth org.irrt.model.json.type",
        "links[2].title jakarta.validation.constraints.NotNull.message",
        "links[4] org.irrt.model.json.type",
        "links[5].extra org.irrt.model.json.unknownProperty",
        "links[5].language org.irrt.model.LanguageTag.invalid",
        "links[3] jakarta.validation.constraints.NotNull.message");
  }

  @Test
  void aHostMapperWithTheModuleReportsTheSameViolations() {
    List<String> viaHost = Violations.of(() -> json.hostRead(BROKEN_GROUP, LinkGroup.class));
    assertThat(viaHost).contains("links[1].url org.irrt.model.WebUrl.scheme",
        "links[2].id org.irrt.model.Id.invalid", "links[3] jakarta.validation.constraints.NotNull.message");
  }

  @Test
  void messagesNameTheExpectedFormAndNeverQuoteTheInput() {
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidValueException.class, () -> json.read(BROKEN_GROUP, LinkGroup.class));
    String report = e.message(Locale.ENGLISH);
    assertThat(report).startsWith("Invalid LinkGroup (11 violations):")
        .contains("links[2].featuredMonth: has the wrong type or format; expected a month in ISO form YYYY-MM, such as 2026-11")
        .contains("links[1].category: must be one of: PAGE, RESOURCE_LIST")
        .contains("links[4]: has the wrong type or format; expected an object\n")
        .doesNotContain("alert(1)").doesNotContain("NOPE").doesNotContain("Bad Id");
  }

  @Test
  void malformedJsonIsOneViolationWithLineAndColumn() {
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidValueException.class,
        () -> json.read("{\"id\": \"related\",\n  \"title\": ,\n}", LinkGroup.class));
    assertThat(e.violations()).extracting(Violation::code).containsExactly("org.irrt.model.json.malformed");
    assertThat(e.violations().get(0).message(Locale.ENGLISH))
        .isEqualTo("is not well-formed JSON (line 2, column 12)");
  }

  @Test
  void emptyNullAndWronglyShapedDocumentsAreViolationsToo() {
    assertThat(Violations.of(() -> json.read("", LinkGroup.class))).containsExactly(" org.irrt.model.json.empty");
    assertThat(Violations.of(() -> json.read("null", LinkGroup.class)))
        .containsExactly(" org.irrt.model.json.empty");
    assertThat(Violations.of(() -> json.read("[1, 2]", LinkGroup.class)))
        .containsExactly(" org.irrt.model.json.type");
    assertThat(Violations.of(() -> json.read("{\"purposes\": \"one\"}", RoundTable.class)))
        .contains("purposes org.irrt.model.json.type");
  }

  @Test
  void trailingContentAndDuplicateKeysAreRefused() {
    String group = "{\"id\": \"g\", \"title\": \"G\", \"kind\": \"NEWS\", \"links\": []}";
    assertThat(json.read(group, LinkGroup.class).title()).isEqualTo("G");
    assertThat(Violations.of(() -> json.read(group + " {}", LinkGroup.class))).hasSize(1);
    assertThat(Violations.of(() -> json.read(
            "{\"id\": \"g\", \"id\": \"h\", \"title\": \"G\", \"kind\": \"NEWS\"}", LinkGroup.class)))
        .containsExactly("id org.irrt.model.json.duplicate");
  }

  @Test
  void aRepeatedPropertyIsReportedAtItsPathAtEveryDepth() {
    org.irrt.model.pledge.Pledge pledge = org.irrt.model.pledge.Pledge.builder()
        .id(org.irrt.model.pledge.PledgeId.of("p-1")).campaign(org.irrt.model.pledge.CampaignId.of("sixty"))
        .donor(org.irrt.model.pledge.Donor.member(org.irrt.model.member.MemberId.of("ana")))
        .total(org.irrt.model.common.Money.of("100", "USD")).installmentCount(4)
        .frequency(org.irrt.model.pledge.Frequency.monthly()).startDate(java.time.LocalDate.parse("2027-01-31")).build();
    String text = json.writeCompact(pledge);
    assertThat(text).contains("\"donor\":{\"member\":\"ana\"}", "\"total\":{\"amount\":100.00,\"currency\":\"USD\"}");
    assertThat(json.read(text, org.irrt.model.pledge.Pledge.class)).isEqualTo(pledge);
    String repeated = text.replace("\"donor\":{\"member\":\"ana\"}", "\"donor\":{\"member\":\"ana\",\"member\":\"bo\"}")
        .replace("\"installmentCount\":4", "\"installmentCount\":4,\"installmentCount\":5,\"startDate\":1");
    // the ready mapper's parser refuses a repeated key where it meets it, at its path, and stops there
    assertThat(Violations.of(() -> json.read(repeated, org.irrt.model.pledge.Pledge.class)))
        .containsExactly("donor.member org.irrt.model.json.duplicate");
    assertThat(Violations.of(() -> json.read(text.replace("\"amount\":100.00", "\"amount\":100.00,\"amount\":1.00"),
            org.irrt.model.pledge.Pledge.class)))
        .containsExactly("total.amount org.irrt.model.json.duplicate");
    // a host's mapper whose parser does not check: library values still refuse a repeated property,
    // at its path, nested or not, and every other problem is reported with it
    assertThat(Violations.of(() -> json.hostRead(repeated, org.irrt.model.pledge.Pledge.class)))
        .containsExactlyInAnyOrder("donor.member org.irrt.model.json.duplicate",
            "installmentCount org.irrt.model.json.duplicate", "startDate org.irrt.model.json.duplicate");
    assertThat(Violations.of(() -> json.hostRead(text.replace("\"installmentCount\":4",
            "\"installmentCount\":4,\"installmentCount\":4"), org.irrt.model.pledge.Pledge.class)))
        .containsExactly("installmentCount org.irrt.model.json.duplicate");
  }

  /** A record of a host, holding library values, read by the library's own mapper. */
  record HostPair(LinkGroup group, org.irrt.model.freelinks.FeaturedSchedule schedule) {}

  /**
   * The ready mapper refuses a repeated key in every value, library value or not, at any depth, at
   * its path.
   */
  @Test
  void aRepeatedKeyInAValueThatIsNotALibraryValueIsRefusedAtEveryDepth() {
    String payment = "{\"paymentId\":\"p1\",\"amount\":{\"amount\":35.00,\"amount\":0.01,\"currency\":\"EUR\"},"
        + "\"receivedOn\":\"2025-12-30\"}";
    String membership = "{\"id\":\"ms-1\",\"memberId\":\"m-1\",\"typeId\":\"t\",\"joinDate\":\"2019-05-02\","
        + "\"startDate\":\"2025-12-30\",\"payments\":[" + payment + "]}";
    assertThat(Violations.of(() -> json.read(membership, org.irrt.model.membership.Membership.class)))
        .containsExactly("payments[0].amount.amount org.irrt.model.json.duplicate");
    assertThat(json.read(membership.replace("\"amount\":0.01,", ""), org.irrt.model.membership.Membership.class)
        .payments()).hasSize(1);
    String catalogue = "{\"opportunities\":[{\"id\":\"w\",\"title\":\"T\",\"provider\":\"P\",\"url\":\"https://e.org/x\","
        + "\"format\":\"WEBINAR\",\"languages\":[\"en\"],\"topics\":[\"x\"],"
        + "\"cost\":{\"amount\":0,\"currency\":\"USD\",\"currency\":\"EUR\"}}]}";
    assertThat(Violations.of(() -> json.read(catalogue, org.irrt.model.freelinks.FreeLinksCatalogue.class)))
        .containsExactly("opportunities[0].cost.currency org.irrt.model.json.duplicate");
    String link = "{\"id\":\"l\",\"title\":\"L\",\"url\":\"https://e.org\",\"category\":\"NEWS\"}";
    String group = "{\"id\":\"g\",\"title\":\"G\",\"kind\":\"INITIATIVES\",\"links\":[" + link + "]}";
    String schedule = "{\"entries\":[{\"month\":\"2024-01\",\"month\":\"2024-02\",\"link\":" + link + "}]}";
    assertThatThrownBy(() -> json.readWithMapper("{\"group\":" + group + ",\"schedule\":" + schedule + "}", HostPair.class))
        .hasMessageContaining("entries[0].month: is given more than once");
    assertThatThrownBy(() -> json.readWithMapper("{\"schedule\":" + schedule + "}", HostPair.class))
        .hasMessageContaining("entries[0].month: is given more than once");
  }

  /** Jackson's handling of names that are not properties is kept: ignored names, case, unknown ones. */
  @Test
  void namesThatAreNotPropertiesAreHandledAsJacksonDoes() {
    String member = "{\"id\":\"m-1\",\"name\":{\"givenNames\":\"Ana\"},\"email\":\"a@b.example\",\"country\":\"CO\","
        + "\"preferredLanguage\":\"es\",\"category\":\"INTERNATIONAL\",\"erased\":true}";
    // a derived, @JsonIgnore'd name is skipped, as Jackson always did
    assertThat(json.read(member, org.irrt.model.member.Member.class).isErased()).isFalse();
    // a host's case-insensitive names
    assertThat(json.hostRead("{\"ID\":\"l\",\"Title\":\"L\",\"URL\":\"https://e.org\",\"Category\":\"NEWS\"}",
        org.irrt.model.link.Link.class, Host.CASE_INSENSITIVE).title()).isEqualTo("L");
    // a host that allows unknown names: skipped, but given twice still refused where the parser checks
    String link = "{\"zz\":1,%s\"id\":\"l\",\"title\":\"L\",\"url\":\"https://e.org\",\"category\":\"NEWS\"}";
    assertThat(json.hostRead(link.formatted(""), org.irrt.model.link.Link.class, Host.IGNORE_UNKNOWN).title())
        .isEqualTo("L");
    assertThat(Violations.of(() -> json.hostRead(link.formatted("\"zz\":2,"), org.irrt.model.link.Link.class,
            Host.IGNORE_UNKNOWN, Host.STRICT_DUPLICATES)))
        .containsExactly("zz org.irrt.model.json.duplicate");
  }

  @Test
  void numbersAreNotTextAndTextIsNotNumbers() {
    String name = "{\"name\": \"N\", \"fromYear\": %s, \"untilYear\": 1956}";
    assertThat(Violations.of(() -> json.read(name.formatted("\"1949\""),
            org.irrt.model.roundtable.FormerName.class)))
        .containsExactly("fromYear org.irrt.model.json.type");
    assertThat(Violations.of(() -> json.read(name.formatted("1949.5"),
            org.irrt.model.roundtable.FormerName.class)))
        .containsExactly("fromYear org.irrt.model.json.type");
    assertThat(Violations.of(() -> json.read("{\"title\": 12}", org.irrt.model.roundtable.Publication.class)))
        .containsExactly("title org.irrt.model.json.type");
  }

  @Test
  void aListIsReadUpToItsFirstUnreadableElementAndNothingElseIsLost() {
    assertThat(Violations.of(() -> json.read("{\"id\": \"rt\", \"name\": \"N\", \"purposes\": [\"ok\", 1, \"fine\"],"
            + " \"acronym\": 12, \"established\": \"1949\", \"parentOrganization\": {\"name\": \"P\"}}", RoundTable.class)))
        .containsExactly("purposes[1] org.irrt.model.json.type", "acronym org.irrt.model.json.type");
  }

  @Test
  void refusesExcessiveNestingBeforeBuildingIt() {
    String deep = "[".repeat(IrrtJson.MAX_NESTING_DEPTH + 10) + "]".repeat(IrrtJson.MAX_NESTING_DEPTH + 10);
    // the limit is a problem of its own, also inside a property that is not known
    List<String> found = Violations.of(() -> json.read("{\"id\": \"g\", \"x\": " + deep + "}", LinkGroup.class));
    assertThat(found).hasSize(2).first().isEqualTo("x org.irrt.model.json.unknownProperty");
    assertThat(found.get(1)).startsWith("x[0][0]").endsWith(" org.irrt.model.json.limit.depth");
  }

  @Test
  void refusesOversizedStrings() {
    String huge = "x".repeat(IrrtJson.MAX_STRING_LENGTH + 1);
    assertThat(Violations.of(() -> json.read("{\"id\": \"g\", \"title\": \"" + huge + "\"}", LinkGroup.class)))
        .containsExactly("title org.irrt.model.json.limit.string", "kind jakarta.validation.constraints.NotNull.message");
    // Far beyond the limit Jackson stops inside the text; what it then reads of the rest is not a
    // second problem of the document.
    String huger = "x".repeat(2 * IrrtJson.MAX_STRING_LENGTH);
    assertThat(Violations.of(() -> json.read("{\"id\": \"g\", \"title\": \"" + huger + "\", \"kind\": \"nope\"}",
            LinkGroup.class)))
        .containsExactly("title org.irrt.model.json.limit.string");
    // A document broken elsewhere is still reported as broken.
    assertThat(Violations.of(() -> json.read("{\"id\": \"g\", \"title\": \"t\" \"kind\"}", LinkGroup.class)))
        .singleElement().asString().contains("org.irrt.model.json.malformed");
  }

  @Test
  void aWholeNumberTooLargeForItsFieldIsOutOfRangeAtItsPathNotMalformed() {
    assertThat(Violations.of(() -> json.readWithMapper(
            "{\"interval\": 4294967297, \"unit\": \"MONTHS\", \"dayOfMonth\": 99999999999999999999}",
            org.irrt.model.pledge.Frequency.class)))
        .containsExactly("interval org.irrt.model.json.numberRange", "dayOfMonth org.irrt.model.json.numberRange");
    assertThat(Violations.of(() -> json.readWithMapper(
            "{\"daysAfterEnd\": [4294967297], \"daysBeforeEnd\": [30]}", org.irrt.model.membership.ReminderPolicy.class)))
        .containsExactly("daysAfterEnd[0] org.irrt.model.json.numberRange");
  }



  @Test
  void anUnreadableFileIsAnIoErrorNotAViolation() {
    assertThatThrownBy(() -> json.read(Path.of("no/such/file.json"), RoundTable.class))
        .isInstanceOf(UncheckedIOException.class);
  }

  /** Found by the newcomer's check: Jackson 3's adapter threw its {@code JacksonIOException} for a folder. */
  @Test
  void aFolderGivenAsTheFileIsAnIoErrorAsAMissingFileIs(@org.junit.jupiter.api.io.TempDir Path folder) {
    assertThatThrownBy(() -> json.read(folder, RoundTable.class))
        .isInstanceOf(UncheckedIOException.class);
  }



  @Test
  void violationsOfOneValueAreSortedAndRenderedPerLocale() {
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidValueException.class, () -> json.read("{\"kind\": \"NEWS\"}", LinkGroup.class));
    assertThat(e.violations().stream().map(Violation::path).collect(Collectors.toList()))
        .containsExactly("id", "title");
    assertThat(e.message(Locale.forLanguageTag("es"))).contains("id: es obligatorio");
  }

}
