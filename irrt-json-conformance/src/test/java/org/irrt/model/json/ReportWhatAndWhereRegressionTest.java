package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.Violation;
import org.irrt.model.common.WebUrl;
import org.irrt.model.freelinks.FeaturedSchedule;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkId;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Violations;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults in what a report says and where: a document over the size limit was reported at the
 * property the parser happened to be in; a property name over its limit at the root lost the report
 * to a false "not well-formed JSON"; a limit inside an unknown property was dropped or reported
 * twice; a value of the wrong type said "expected 123" or "expected { Link }".
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class ReportWhatAndWhereRegressionTest {
  @Parameter
  JsonBinding json;

  private static final String LINK = "{\"id\": \"l\", \"title\": \"L\", \"url\": \"https://example.org\", \"category\": \"PAGE\"}";

  @Test
  void aDocumentOverTheSizeLimitIsReportedAtTheDocumentAndReadNoFurther() {
    String head = "{\"id\": \"g\", \"title\": \"t\", \"kind\": \"NEWS\", \"links\": [{\"id\": \"l\", \"title\": ";
    String tail = "\"L\"}, 42]}";
    byte[] doc = new byte[(int) IrrtJson.MAX_DOCUMENT_LENGTH + 100_000];
    Arrays.fill(doc, (byte) ' ');
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, doc, 0, head.length());
    System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, doc, doc.length - tail.length(), tail.length());
    // before: links[0].title org.irrt.model.json.limit.document, and reading went on
    assertThat(Violations.of(() -> json.read(doc, LinkGroup.class)))
        .containsExactly(" org.irrt.model.json.limit.document");
  }

  @Test
  void aPropertyNameOverItsLimitIsReportedAtItsObjectWithoutAFalseMalformedReport() {
    String name = "n".repeat(IrrtJson.MAX_NAME_LENGTH + 1);
    // before: " org.irrt.model.json.malformed" alone, for a document that is well-formed
    assertThat(Violations.of(() -> json.read("{\"id\": \"g\", \"" + name + "\": 1, \"title\": \"t\"}", LinkGroup.class)))
        .containsExactly(" org.irrt.model.json.limit.name");
    assertThat(Violations.of(() -> json.read("{\"id\": \"g\", \"title\": \"t\", \"kind\": \"NEWS\", \"links\": ["
        + LINK.replace("{\"id\"", "{\"" + name + "\": 1, \"id\"") + "]}", LinkGroup.class)))
        .containsExactly("links[0] org.irrt.model.json.limit.name");
  }

  @Test
  void aTextFarOverItsLimitIsReportedOnceWhereverItStands() {
    String huge = "lorem ipsum ".repeat(3 * IrrtJson.MAX_STRING_LENGTH / 12);
    assertThat(Violations.of(() -> json.read("{\"id\": \"g\", \"title\": \"t\", \"kind\": \"NEWS\", \"links\": [\""
        + huge + "\", " + LINK + "]}", LinkGroup.class))).containsExactly("links[0] org.irrt.model.json.limit.string");
    assertThat(Violations.of(() -> json.read("{\"id\": \"irrt\", \"committees\": [{\"id\": \"c\", \"seats\": [{\"role\": \""
        + huge + "\"}]}]}", RoundTable.class))).containsExactly("committees[0].seats[0].role org.irrt.model.json.limit.string");
    assertThat(Violations.of(() -> json.read(("{\"map\": {\"a\": \"" + huge + "\", \"b\": \"c\"}, \"text\": 1}")
        .getBytes(StandardCharsets.UTF_8), Kinds.class))).containsExactly("map.a org.irrt.model.json.limit.string");
  }

  @Test
  void aLimitInsideAnUnknownPropertyIsReportedOnceBesideIt() {
    String deep = "[".repeat(IrrtJson.MAX_NESTING_DEPTH + 10) + "]".repeat(IrrtJson.MAX_NESTING_DEPTH + 10);
    List<String> found = Violations.of(() -> json.read("{\"id\": \"g\", \"x\": " + deep + "}", LinkGroup.class));
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).isEqualTo("x org.irrt.model.json.unknownProperty");
    assertThat(found.get(1)).isEqualTo("x" + "[0]".repeat(IrrtJson.MAX_NESTING_DEPTH - 1) + " org.irrt.model.json.limit.depth");
  }

  /** A host's record with one property of each kind of JSON value. */
  /** Boxed numbers and flags: a missing primitive would be a problem of its own (Jackson's "null for a primitive"). */
  record Kinds(String text, Integer whole, BigDecimal number, Boolean flag, List<String> list, Map<String, String> map,
      LocalDate day, YearMonth month, Instant at, ZoneId zone, LinkId id, WebUrl url, EmailAddress email,
      CountryCode country, PartialDate partial, Money amount, Link link) {}

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "text | 5 | text | texto | du texte",
      "whole | \"5\" | a whole number | un número entero | un nombre entier",
      "whole | 5.5 | a whole number | un número entero | un nombre entier",
      "number | \"x\" | a number | un número | un nombre",
      "flag | \"yes\" | true or false | true o false | true ou false",
      "list | \"a\" | a list | una lista | une liste",
      "map | [1] | an object | un objeto | un objet",
      "day | \"29/11/2026\" | a date in ISO form YYYY-MM-DD, such as 2026-11-29 | una fecha en formato ISO AAAA-MM-DD, como 2026-11-29"
          + " | une date au format ISO AAAA-MM-JJ, par exemple 2026-11-29",
      "month | \"2026-13\" | a month in ISO form YYYY-MM, such as 2026-11 | un mes en formato ISO AAAA-MM, como 2026-11"
          + " | un mois au format ISO AAAA-MM, par exemple 2026-11",
      "at | true | an instant in ISO form, such as 2026-11-29T14:00:00Z | un instante en formato ISO, como 2026-11-29T14:00:00Z"
          + " | un instant au format ISO, par exemple 2026-11-29T14:00:00Z",
      "zone | 5 | a time zone, such as America/Chicago | una zona horaria, como America/Chicago"
          + " | un fuseau horaire, par exemple America/Chicago",
      "id | 5 | an id: text of lower-case letters and digits joined by hyphens | un identificador: texto de minúsculas y"
          + " dígitos unidos por guiones | un identifiant\u00A0: du texte en lettres minuscules et chiffres reliés par des"
          + " traits d’union",
      "url | 5 | a web address starting with https:// or http:// | una dirección web que empiece por https:// o http://"
          + " | une adresse web commençant par https:// ou http://",
      "email | 5 | an e-mail address, such as name@example.org | una dirección de correo electrónico, como"
          + " nombre@example.org | une adresse électronique, par exemple nom@example.org",
      "country | 5 | a country code (ISO 3166-1 alpha-2), such as NG | un código de país (ISO 3166-1 alfa-2), como NG"
          + " | un code de pays (ISO 3166-1 alpha-2), par exemple NG",
      "partial | 5 | a date written YYYY, YYYY-MM or YYYY-MM-DD | una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD"
          + " | une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ",
      "amount | \"100 USD\" | an amount: an object with amount and currency | un importe: un objeto con amount y currency"
          + " | un montant\u00A0: un objet avec amount et currency",
      "link | 5 | an object | un objeto | un objet"})
  void aValueOfTheWrongTypeSaysWhatWasExpectedInWords(String property, String value, String en, String es, String fr) {
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> json.read("{\"" + property + "\": " + value + "}", Kinds.class));
    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(property, "org.irrt.model.json.type"));
    Violation v = e.violations().get(0);
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("has the wrong type or format; expected " + en);
    assertThat(v.message(Locale.forLanguageTag("es"))).isEqualTo("tiene un tipo o formato incorrecto; se esperaba " + es);
    assertThat(v.message(Locale.FRENCH)).isEqualTo("a un type ou un format incorrect\u202F; attendu\u00A0: " + fr);
  }

  @Test
  void aLibraryValueOfTheWrongTypeIsAnObjectInEveryLanguageNeverItsJavaName() {
    // before: "expected an object (Link)", "un objet (Link)", "对象（Link）": a Java type name reached the reader
    InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> json.read("{\"link\": 5}", Kinds.class));
    Violation v = e.violations().get(0);
    assertThat(v.path()).isEqualTo("link");
    String[][] expected = {
        {"ar", "نوعها أو صيغتها خاطئة؛ المتوقع كائن"},
        {"de", "hat den falschen Typ oder das falsche Format; erwartet: ein Objekt"},
        {"en", "has the wrong type or format; expected an object"},
        {"es", "tiene un tipo o formato incorrecto; se esperaba un objeto"},
        {"fr", "a un type ou un format incorrect\u202F; attendu\u00A0: un objet"},
        {"ru", "имеет неверный тип или формат; ожидается объект"},
        {"zh", "类型或格式错误；应为对象"}};
    for (String[] language : expected) {
      assertThat(v.message(Locale.forLanguageTag(language[0]))).as(language[0]).isEqualTo(language[1]);
    }
  }

  /** A host's own record holding schedule entries, as a catalogue file might. */
  record Featured(List<FeaturedSchedule.Entry> featured) {}

  @Test
  void aScheduleEntrysViolationStandsAtItsOwnPathAlsoInAHostsList() {
    String entry = "{\"month\": \"2026-0%d\", \"link\": " + LINK + "}";
    assertThat(Violations.of(() -> json.read("{\"featured\": [" + entry.formatted(1) + ", " + entry.formatted(2)
        + ", {\"link\": " + LINK + "}]}", Featured.class))).containsExactly("featured[2].month "
        + "jakarta.validation.constraints.NotNull.message");
    assertThat(Violations.of(() -> json.read("{\"entries\": [" + entry.formatted(1) + ", {\"link\": null, \"month\": "
        + "\"2026-02\"}, " + entry.formatted(1) + "]}", FeaturedSchedule.class)))
        .containsExactly("entries[1].link jakarta.validation.constraints.NotNull.message",
            "entries[2].month org.irrt.model.FeaturedSchedule.monthTwice");
  }
}
