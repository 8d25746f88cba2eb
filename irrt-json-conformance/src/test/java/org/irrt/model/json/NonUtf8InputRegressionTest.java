package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Violations;
import org.irrt.jackson2.IrrtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault: {@code IrrtJson.read} took UTF-16 and UTF-32 documents silently, and reported ill-formed
 * UTF-8 as "not well-formed JSON" at the document. RFC 8259 §8.1: JSON exchanged between systems is
 * UTF-8; a parser may ignore a leading byte-order mark.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class NonUtf8InputRegressionTest {
  @Parameter
  JsonBinding json;

  private static final String GROUP = "{\"id\": \"g\", \"title\": \"Caf\u00e9\", \"kind\": \"NEWS\", \"links\": []}";

  @TempDir
  Path dir;

  /** Reads bytes through every byte entry point: array, stream, file. */
  private List<List<String>> readEveryWay(byte[] bytes, Class<?> type) throws IOException {
    Path file = Files.write(dir.resolve("doc.json"), bytes);
    return List.of(Violations.of(() -> json.read(bytes, type)),
        Violations.of(() -> json.read(new ByteArrayInputStream(bytes), type)),
        Violations.of(() -> json.read(file, type)));
  }

  private InvalidValueException refusal(byte[] bytes) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
        () -> json.read(bytes, LinkGroup.class));
  }

  /** {@code @} stands for the given bytes in an otherwise UTF-8 text. */
  private static byte[] utf8With(String text, int... bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      if (b == '@') {
        for (int x : bad) {
          out.write(x);
        }
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  @Test
  void utf8IsReadWithOrWithoutAByteOrderMarkFromEveryByteSource() throws IOException {
    byte[] plain = GROUP.getBytes(StandardCharsets.UTF_8);
    byte[] marked = ("\uFEFF" + GROUP).getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("bom.json"), marked);
    assertThat(json.read(plain, LinkGroup.class).title()).isEqualTo("Caf\u00e9");
    assertThat(json.read(marked, LinkGroup.class).title()).isEqualTo("Caf\u00e9");
    assertThat(json.read(new ByteArrayInputStream(marked), LinkGroup.class).title()).isEqualTo("Caf\u00e9");
    assertThat(json.read(file, LinkGroup.class).title()).isEqualTo("Caf\u00e9");
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE, false, UTF-16LE", "UTF-16BE, false, UTF-16BE", "UTF-16LE, true, UTF-16LE",
      "UTF-16BE, true, UTF-16BE", "UTF-32LE, false, UTF-32LE", "UTF-32BE, false, UTF-32BE", "UTF-32LE, true, UTF-32LE",
      "UTF-32BE, true, UTF-32BE"})
  void everyOtherEncodingIsRefusedAtTheDocumentNamingIt(String charset, boolean byteOrderMark, String named)
      throws IOException {
    byte[] bytes = ((byteOrderMark ? "\uFEFF" : "") + GROUP).getBytes(Charset.forName(charset));
    assertThat(readEveryWay(bytes, LinkGroup.class)).allSatisfy(found ->
        assertThat(found).containsExactly(" org.irrt.model.json.encoding.other"));
    assertThat(refusal(bytes).violations().get(0).message(Locale.ENGLISH)).isEqualTo("is in " + named
        + ", not UTF-8: JSON documents must be UTF-8 (RFC 8259); save the file as UTF-8 and try again");
  }

  @Test
  void theRefusalOfAnotherEncodingSpeaksSpanishAndFrench() {
    Violation v = refusal(GROUP.getBytes(StandardCharsets.UTF_16LE)).violations().get(0);
    assertThat(v.message(Locale.forLanguageTag("es"))).isEqualTo("est\u00e1 en UTF-16LE, no en UTF-8: los documentos "
        + "JSON deben estar en UTF-8 (RFC 8259); guarde el archivo como UTF-8 y vuelva a intentarlo");
    assertThat(v.message(Locale.FRENCH)).isEqualTo("est en UTF-16LE, pas en UTF-8\u00A0: un document JSON doit \u00eatre "
        + "en UTF-8 (RFC 8259)\u202F; enregistrez le fichier en UTF-8 et r\u00e9essayez");
  }

  @Test
  void bytesThatLookLikeUcs4InAnUnusualByteOrderAreRefusedToo() {
    assertThat(Violations.of(() -> json.read(new byte[] {0, '{', 0, 0, 0, '}', 0, 0}, LinkGroup.class)))
        .containsExactly(" org.irrt.model.json.encoding.other");
    assertThat(refusal(new byte[] {0, 0, '{', 0, 0, 0, '}', 0}).violations().get(0).message(Locale.ENGLISH))
        .startsWith("is in UCS-4 (byte order 2143), not UTF-8");
  }

  /**
   * Each ill-formed form of Unicode's Table 3-7, inside the title: refused at the title, with the
   * line and column (in bytes, as Jackson counts them) of the sequence's first byte.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "C0 80", // overlong NUL (Java's modified UTF-8)
      "C1 BF", // overlong two-byte form
      "E0 80 80", "E0 9F BF", // overlong three-byte forms
      "F0 80 80 80", "F0 8F BF BF", // overlong four-byte forms
      "ED A0 80", "ED BF BF", // surrogates encoded in UTF-8 (CESU-8)
      "F4 90 80 80", "F5 80 80 80", "FF", "FE", // beyond U+10FFFF, bytes UTF-8 never uses
      "80", "BF", // a continuation byte with no lead
      "E2 82", "C3", "F0 9F 98", // sequences cut short by the next character
      "E9"}) // ISO-8859-1 or Windows-1252 é
  void illFormedUtf8IsRefusedAtTheTextValueThatHoldsItWithLineAndColumn(String hex) {
    int[] bad = java.util.Arrays.stream(hex.split(" ")).mapToInt(h -> Integer.parseInt(h, 16)).toArray();
    byte[] bytes = utf8With("{\"id\": \"g\",\n \"title\": \"Caf@ au lait\", \"kind\": \"NEWS\"}", bad);
    InvalidValueException e = refusal(bytes);
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
        .containsExactly("title org.irrt.model.json.encoding.invalid");
    assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo("is not valid UTF-8 (line 2, column 15): the "
        + "bytes there are no UTF-8 character; the file may be in another encoding, such as ISO-8859-1 or "
        + "Windows-1252, or cut short");
  }

  @Test
  void aSequenceCutShortByTheEndOfTheDocumentIsRefusedAtItsText() {
    assertThat(refusal(utf8With("{\"id\": \"g\", \"title\": \"Caf@", 0xC3)).violations())
        .extracting(v -> v.path() + " " + v.message(Locale.ENGLISH).replaceFirst("\\): .*", ")"))
        .containsExactly("title is not valid UTF-8 (line 1, column 26)");
  }

  @Test
  void illFormedUtf8IsPlacedInNestedValuesListsAndHostTypesAndSpeaksEveryLanguage() {
    String link = "{\"id\": \"l\", \"title\": \"L\", \"url\": \"https://example.org/@\", \"category\": \"PAGE\"}";
    assertThat(Violations.of(() -> json.read(utf8With("{\"id\": \"g\", \"title\": \"t\", \"kind\": \"NEWS\", \"links\": ["
        + link.replace("@", "") + ", " + link + "]}", 0xED, 0xA0, 0x80), LinkGroup.class)))
        .containsExactly("links[1].url org.irrt.model.json.encoding.invalid");
    assertThat(Violations.of(() -> json.read(utf8With("{\"id\": \"irrt\", \"purposes\": [\"one\", \"tw@o\"]}", 0x92),
        RoundTable.class))).containsExactly("purposes[1] org.irrt.model.json.encoding.invalid");
    assertThat(Violations.of(() -> json.read(utf8With("{\"note\": \"n@\", \"group\": null}", 0xE9), Page.class)))
        .containsExactly("note org.irrt.model.json.encoding.invalid");
    Violation v = refusal(utf8With("{\"title\": \"@\"}", 0xE9)).violations().get(0);
    assertThat(v.message(Locale.forLanguageTag("es"))).startsWith("no es UTF-8 v\u00e1lido (l\u00ednea 1, columna 12): ");
    assertThat(v.message(Locale.FRENCH)).startsWith("n\u2019est pas de l\u2019UTF-8 valide (ligne 1, colonne 12)\u00A0: ");
  }

  /** A host's own type holding a library value. */
  record Page(String note, LinkGroup group) {}

  @Test
  void illFormedUtf8InAPropertyNameIsReportedAtTheObjectAndOutsideTextAtTheDocument() {
    assertThat(Violations.of(() -> json.read(utf8With("{\"id\": \"g\", \"ti@tle\": \"t\", \"kind\": \"NEWS\"}", 0xE9),
        LinkGroup.class))).containsExactly(" org.irrt.model.json.encoding.invalid");
    assertThat(Violations.of(() -> json.read(utf8With("{\"id\": \"g\", \"title\": \"t\", \"kind\": \"NEWS\", \"links\": "
        + "[{\"id\": \"l\", \"ti@tle\": \"L\"}]}", 0xE9), LinkGroup.class)))
        .containsExactly("links[0] org.irrt.model.json.encoding.invalid");
    assertThat(Violations.of(() -> json.read(utf8With("{\"id\": \"g\" @}", 0xE9), LinkGroup.class)))
        .containsExactly(" org.irrt.model.json.encoding.invalid");
  }

  @Test
  void illFormedUtf8InTheValueOfAnUnknownPropertyIsReportedBesideIt() {
    assertThat(Violations.of(() -> json.read(utf8With("{\"id\": \"g\", \"note\": \"@\", \"title\": \"t\", \"kind\": \"NEWS\"}",
        0xE9), LinkGroup.class)))
        .containsExactly("note org.irrt.model.json.unknownProperty", "note org.irrt.model.json.encoding.invalid");
  }

  @Test
  void lineEndsOfEveryKindAndReadsOfAnySizeGiveTheSamePlace() {
    byte[] bytes = utf8With("{\r\n\"id\": \"g\",\r\"title\":\n\"x@\"}", 0xE9);
    assertThat(refusal(bytes).violations().get(0).message(Locale.ENGLISH)).startsWith("is not valid UTF-8 (line 4, column 3)");
    for (int chunk : new int[] {1, 2, 3, 7, 8000}) {
      byte[] padded = utf8With("{\"id\": \"g\", \"title\": \"" + "\u00e9".repeat(4000) + "@\"}", 0xE2, 0x28);
      InputStream slow = new ByteArrayInputStream(padded) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, chunk));
        }
      };
      InvalidValueException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class,
          () -> json.read(slow, LinkGroup.class));
      assertThat(e.violations()).as("reads of %d bytes", chunk).extracting(v -> v.path() + " " + v.message(Locale.ENGLISH)
          .replaceFirst("\\): .*", ")")).containsExactly("title is not valid UTF-8 (line 1, column 8023)");
    }
  }

  @Test
  void textHasNoEncodingQuestionAndABrokenCharacterInItIsATextRule() {
    assertThat(json.read(GROUP, LinkGroup.class).title()).isEqualTo("Caf\u00e9");
    assertThat(Violations.of(() -> json.read(GROUP.replace("Caf\u00e9", "Caf\ud800"), LinkGroup.class)))
        .containsExactly("title org.irrt.model.ValidText.surrogate");
  }

  @Test
  void theHardenedMapperRefusesOtherEncodingsAsJacksonReportsEncodingProblems() throws IOException {
    assertThatThrownBy(() -> json.readWithMapper(GROUP.getBytes(StandardCharsets.UTF_16BE), LinkGroup.class))
        .hasStackTraceContaining("the document is in UTF-16BE; JSON must be UTF-8 (RFC 8259)");
    assertThat(Violations.of(() -> json.readWithMapper(utf8With("{\"id\": \"g\", \"title\": \"@\"}", 0xE9), LinkGroup.class)))
        .containsExactly("title org.irrt.model.json.encoding.invalid");
    assertThat(json.readWithMapper(GROUP, LinkGroup.class).title()).isEqualTo("Caf\u00e9");
  }
}
