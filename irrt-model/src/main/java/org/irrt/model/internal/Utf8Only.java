package org.irrt.model.internal;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.irrt.model.common.Violation;

/**
 * The hardened mapper's rule for bytes: a JSON document is UTF-8 (RFC 8259 §8.1, "JSON text
 * exchanged between systems that are not part of a closed ecosystem MUST be encoded using UTF-8").
 *
 * <p>Jackson on its own reads UTF-16 and UTF-32 as well, telling them from the first four bytes
 * ({@code ByteSourceJsonBootstrapper}: a byte-order mark, else the pattern of zero bytes that the
 * ASCII characters a JSON text starts with leave in those encodings, as RFC 4627 §3 describes).
 * This check looks at the same four bytes by the same rules and refuses any encoding but
 * UTF-8, naming it; a UTF-8 byte-order mark is left for Jackson to skip, as RFC 8259 allows
 * ("MAY ignore the presence of a byte order mark"). Then the JDK's UTF-8 decoder, reporting
 * malformed input, decides whether the bytes are well-formed (The Unicode Standard, Table 3-7: no
 * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short); when they are not,
 * the parser gets only the bytes before the ill-formed sequence, so that it stands at it when the
 * refusal comes: the reader can then name the value that holds it. Text ({@code String}, {@code
 * Reader}) is already decoded, and {@code DataInput} is read as UTF-8 by Jackson itself: both are
 * left as they are. Each JSON adapter installs it as its Jackson version's {@code InputDecorator}
 * on its ready mapper.
 *
 * <p>Cost: one decoding pass over the bytes; a stream is read whole first, up to the document limit.
 */
public final class Utf8Only {
  private Utf8Only() {}

  /**
   * The bytes of a stream checked: read whole (up to {@code limit} bytes; what lies beyond is left
   * to the parser, which refuses the document at its limit).
   *
   * @param in the document's bytes
   * @param limit the largest document the parser accepts, in bytes
   * @return a stream that throws {@link NotUtf8Exception} where the bytes stop being UTF-8
   * @throws IOException when {@code in} fails
   */
  public static InputStream checked(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    InputStream refused = refusal(bytes, 0, bytes.length, bytes.length <= limit);
    return refused != null ? refused : new SequenceInputStream(new ByteArrayInputStream(bytes), in);
  }

  /**
   * The bytes of an array checked.
   *
   * @param src the document's bytes
   * @param offset where they start
   * @param length how many there are
   * @return {@code null} when they are UTF-8 (the parser reads the array as it is), else a stream of
   *     the bytes before the first that are not, which then throws {@link NotUtf8Exception}
   */
  public static InputStream checked(byte[] src, int offset, int length) {
    return refusal(src, offset, offset + length, true);
  }

  /** {@code null} for UTF-8, else the bytes before the fault and then the {@link NotUtf8Exception}. */
  private static InputStream refusal(byte[] b, int from, int to, boolean endOfInput) {
    String other = otherEncoding(Arrays.copyOfRange(b, from, Math.min(to, from + 4)), Math.min(to - from, 4));
    if (other != null) {
      return failing(b, from, from, new NotUtf8Exception(other, 1, 1, -1));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      result = decoder.decode(in, out.clear(), endOfInput); // whether the bytes decode matters, not the characters
    } while (result.isOverflow());
    if (!result.isError()) {
      return null; // all decoded; without the end of input, a sequence may be cut short by the limit
    }
    int fault = in.position();
    // where the fault is: its line and column (line ends as Jackson counts them), and the string holding it
    int line = 1;
    int lineStart = from;
    int stringStart = -1;
    boolean inString = false;
    for (int i = from; i < fault; i++) {
      if (inString && b[i] == '\\') {
        i++;
      } else if (b[i] == '"') {
        inString = !inString;
        stringStart = i - from;
      } else if (b[i] == '\n' || b[i] == '\r' && b[i + 1] != '\n') { // b[fault] is no line end
        line++;
        lineStart = i + 1;
      }
    }
    return failing(b, from, fault, new NotUtf8Exception(null, line, fault - lineStart + 1, inString ? stringStart : -1));
  }

  private static InputStream failing(byte[] b, int from, int to, NotUtf8Exception failure) {
    return new SequenceInputStream(new ByteArrayInputStream(b, from, to - from), new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure;
      }
    });
  }

  /**
   * Bytes that are not UTF-8: a document in another encoding ({@link #encoding} names it), or an
   * ill-formed UTF-8 sequence at a line and column. Jackson reports encoding problems as {@link
   * CharConversionException}s too. The message quotes no byte of the input.
   */
  public static final class NotUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    /** The encoding found, such as {@code UTF-16LE}; {@code null} for ill-formed UTF-8. */
    public final String encoding;
    /** Where the ill-formed sequence is: the line, from 1. */
    public final int line;
    /** Where the ill-formed sequence is: the column, from 1, in bytes. */
    public final int column;
    /** The byte offset of the opening quote of the string holding the ill-formed bytes, or -1 outside strings. */
    public final long stringStart;

    NotUtf8Exception(String encoding, int line, int column, long stringStart) {
      super(encoding != null ? "the document is in " + encoding + "; JSON must be UTF-8 (RFC 8259)"
          : "the document is not valid UTF-8 (line " + line + ", column " + column + ")");
      this.encoding = encoding;
      this.line = line;
      this.column = column;
      this.stringStart = stringStart;
    }

    /**
     * The violation: another encoding, named, at the document; or an ill-formed sequence at a line
     * and column, at the path of the text that holds it.
     *
     * @param path where, {@code ""} for the document
     * @return the violation
     */
    public Violation violation(String path) {
      return encoding != null
          ? Messages.violation("", "org.irrt.model.json.encoding.other", encoding)
          : Messages.violation(path, "org.irrt.model.json.encoding.invalid", line, column);
    }
  }

  /**
   * The encoding that the first bytes of a JSON text show, by Jackson's rules, when it is not UTF-8.
   *
   * @param head the first bytes
   * @param n how many there are (up to 4)
   * @return the encoding's name, or {@code null} for UTF-8 (with or without a byte-order mark)
   */
  static String otherEncoding(byte[] head, int n) {
    if (n >= 4) {
      int quad = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8 | head[3] & 0xFF;
      switch (quad) {
        case 0x0000FEFF: return "UTF-32BE";
        case 0xFFFE0000: return "UTF-32LE";
        case 0x0000FFFE: return "UCS-4 (byte order 2143)";
        case 0xFEFF0000: return "UCS-4 (byte order 3412)";
        default: break;
      }
      if (quad >>> 8 == 0xEFBBBF) {
        return null;
      }
      if (quad >>> 8 == 0) {
        return "UTF-32BE";
      }
      if ((quad & 0x00FFFFFF) == 0) {
        return "UTF-32LE";
      }
      if ((quad & ~0x00FF0000) == 0) {
        return "UCS-4 (byte order 3412)";
      }
      if ((quad & ~0x0000FF00) == 0) {
        return "UCS-4 (byte order 2143)";
      }
    }
    if (n >= 2) {
      int pair = (head[0] & 0xFF) << 8 | head[1] & 0xFF;
      if (pair == 0xFEFF || (pair & 0xFF00) == 0) {
        return "UTF-16BE";
      }
      if (pair == 0xFFFE || (pair & 0x00FF) == 0) {
        return "UTF-16LE";
      }
    }
    return null;
  }
}
