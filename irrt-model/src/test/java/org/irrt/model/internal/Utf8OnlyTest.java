package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Utf8Only}: the same answer as the JDK's strict UTF-8 decoder, and Jackson's first-bytes rules. */
class Utf8OnlyTest {
  private static final long SEED = 15_2026_12_07L;

  /** Pieces a document is made of: every byte alone, and well-formed sequences at the edges of Table 3-7. */
  private static final List<byte[]> PIECES = pieces();

  private static List<byte[]> pieces() {
    List<byte[]> out = new ArrayList<>();
    for (int b = 0; b < 256; b++) {
      out.add(new byte[] {(byte) b});
    }
    for (int cp : new int[] {0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600,
        0x10FFFF}) {
      out.add(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    }
    for (String s : new String[] {"\"", "\\", "\\\"", "\r\n", "abc"}) {
      out.add(s.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /** How many bytes the JDK's UTF-8 decoder (strict: malformed input reported) decodes before an error. */
  private static int jdkValidPrefix(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
    return result.isError() ? in.position() : bytes.length;
  }

  /** The bytes the checked stream hands over, read {@code chunk} at a time, and whether it refused. */
  private static int handedOver(byte[] bytes, int chunk, boolean[] refused) throws IOException {
    return handedOver(Utf8Only.checked(new ByteArrayInputStream(bytes), 1_000_000), chunk, refused);
  }

  private static int handedOver(InputStream in, int chunk, boolean[] refused) throws IOException {
    byte[] buf = new byte[chunk];
    int total = 0;
    try {
      for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
        total += n;
      }
    } catch (Utf8Only.NotUtf8Exception e) {
      refused[0] = true;
    }
    return total;
  }

  @Test
  void acceptsAndRefusesExactlyWhatTheJdkDecoderDoesAndHandsOverTheSameValidPrefix() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12), integers().between(1, 9))
        .checkAssert((indices, chunk) -> {
          ByteArrayOutputStream doc = new ByteArrayOutputStream();
          doc.writeBytes("[\"".getBytes(StandardCharsets.UTF_8)); // no zero bytes first: the text is taken for UTF-8
          indices.forEach(i -> doc.writeBytes(PIECES.get(i)));
          byte[] bytes = doc.toByteArray();
          int valid = jdkValidPrefix(bytes);
          boolean[] refused = {false};
          int over;
          try {
            over = handedOver(bytes, chunk, refused);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          assertThat(refused[0]).as("refused %s", java.util.HexFormat.ofDelimiter(" ").formatHex(bytes))
              .isEqualTo(valid < bytes.length);
          assertThat(over).as("handed over before the refusal").isEqualTo(valid);
          assertThat(Utf8Only.checked(bytes, 0, bytes.length) == null).as("an array of UTF-8 is read as it is")
              .isEqualTo(valid == bytes.length);
        });
  }

  @Test
  void theBytesOfABrokenOrCutShortSequenceAreNotHandedOver() throws IOException {
    for (String hex : new String[] {"41 C3 28", "41 ED A0 80", "41 F4 90 80 80", "41 E2 82 AC 80", "41 E0 9F BF"}) {
      byte[] bytes = java.util.HexFormat.ofDelimiter(" ").parseHex("5B 22 " + hex);
      boolean[] refused = {false};
      assertThat(handedOver(bytes, 8000, refused)).as(hex).isEqualTo(jdkValidPrefix(bytes));
      assertThat(refused[0]).as(hex).isTrue();
    }
    boolean[] refused = {false};
    assertThat(handedOver(new byte[] {'[', '"', 'A', (byte) 0xC3}, 8000, refused)).isEqualTo(3);
    assertThat(refused[0]).isTrue();
  }

  @Test
  void aSequenceCutShortByTheDocumentLimitIsLeftToTheParsersLimit() throws IOException {
    byte[] bytes = "[\"ab\u00e9\"]".getBytes(StandardCharsets.UTF_8); // the limit falls inside the é
    boolean[] refused = {false};
    assertThat(handedOver(Utf8Only.checked(new ByteArrayInputStream(bytes), 5), 3, refused)).isEqualTo(bytes.length);
    assertThat(refused[0]).isFalse();
  }

  @Test
  void theFirstBytesNameTheEncodingByJacksonsRules() {
    String[][] table = {
        {"00 00 FE FF", "UTF-32BE"}, {"FF FE 00 00", "UTF-32LE"}, {"00 00 FF FE", "UCS-4 (byte order 2143)"},
        {"FE FF 00 00", "UCS-4 (byte order 3412)"}, {"FE FF 00 7B", "UTF-16BE"}, {"FF FE 7B 00", "UTF-16LE"},
        {"00 00 00 7B", "UTF-32BE"}, {"7B 00 00 00", "UTF-32LE"}, {"00 7B 00 22", "UTF-16BE"}, {"7B 00 22 00", "UTF-16LE"},
        {"00 7B", "UTF-16BE"}, {"7B 00", "UTF-16LE"}, {"EF BB BF 7B", null}, {"7B 22 69 64", null}, {"7B", null},
        {"31 32", null}, {"", null}};
    for (String[] row : table) {
      byte[] head = java.util.HexFormat.ofDelimiter(" ").parseHex(row[0]);
      assertThat(Utf8Only.otherEncoding(head, head.length)).as(row[0]).isEqualTo(row[1]);
    }
  }
}
