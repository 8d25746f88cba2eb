package org.irrt.model.internal;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * The hardened mapper's rule for bytes: a JSON document is UTF-8 (RFC 8259 §8.1, "JSON text
 * exchanged between systems that are not part of a closed ecosystem MUST be encoded using UTF-8").
 *
 * <p>Jackson on its own reads UTF-16 and UTF-32 as well, telling them from the first four bytes
 * ({@code ByteSourceJsonBootstrapper}: a byte-order mark, else the pattern of zero bytes that the
 * ASCII characters a JSON text starts with leave in those encodings, as RFC 4627 §3 describes).
 * This check looks at the same four bytes by the same rules and refuses any encoding but
 * UTF-8, naming it; a UTF-8 byte-order mark is left for Jackson to skip, as RFC 8259 allows
 * ("MAY ignore the presence of a byte order mark"). Then it checks every byte sequence against
 * Unicode's table of well-formed UTF-8 (The Unicode Standard, Table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no sequence cut short) and hands the parser only the bytes
 * before an ill-formed sequence, so that the parser stands at it when the refusal comes: the reader
 * can then name the value that holds it. Text ({@code String}, {@code Reader}) is already decoded,
 * and {@code DataInput} is read as UTF-8 by Jackson itself: both are left as they are. Each JSON
 * adapter installs it as its Jackson version's {@code InputDecorator} on its ready mapper.
 *
 * <p>Cost: one pass over the bytes, a few comparisons each; nothing is buffered beyond four bytes.
 */
public final class Utf8Only {
  private Utf8Only() {}

  /**
   * A stream of the bytes checked.
   *
   * @param in the document's bytes
   * @return a stream that throws {@link NotUtf8Exception} where the bytes stop being UTF-8
   */
  public static InputStream checked(InputStream in) {
    return new Checked(in);
  }

  /**
   * A stream of the bytes checked.
   *
   * @param src the document's bytes
   * @param offset where they start
   * @param length how many there are
   * @return a stream that throws {@link NotUtf8Exception} where the bytes stop being UTF-8
   */
  public static InputStream checked(byte[] src, int offset, int length) {
    return new Checked(new ByteArrayInputStream(src, offset, length));
  }

  /**
   * Bytes that are not UTF-8: a document in another encoding ({@link #encoding()} names it), or an
   * ill-formed UTF-8 sequence at a line and column. Jackson reports encoding problems as {@link
   * CharConversionException}s too. The message quotes no byte of the input.
   */
  public static final class NotUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final int line;
    private final int column;
    /** The byte offset of the string that holds the ill-formed sequence, or -1 outside strings. */
    private final long stringStart;

    NotUtf8Exception(String encoding, int line, int column, long stringStart) {
      super(encoding != null ? "the document is in " + encoding + "; JSON must be UTF-8 (RFC 8259)"
          : "the document is not valid UTF-8 (line " + line + ", column " + column + ")");
      this.encoding = encoding;
      this.line = line;
      this.column = column;
      this.stringStart = stringStart;
    }

    /**
     * The encoding found.
     *
     * @return such as {@code UTF-16LE}; {@code null} for ill-formed UTF-8
     */
    public String encoding() {
      return encoding;
    }

    /**
     * Where the ill-formed sequence is.
     *
     * @return the line, from 1
     */
    public int line() {
      return line;
    }

    /**
     * Where the ill-formed sequence is.
     *
     * @return the column, from 1
     */
    public int column() {
      return column;
    }

    /**
     * The string holding the ill-formed bytes.
     *
     * @return the byte offset of its opening quote, or -1 outside strings
     */
    public long stringStart() {
      return stringStart;
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

  /** 1 for the bytes the check looks at: quote, backslash, line ends and every byte above ASCII. */
  private static final byte[] SPECIAL = new byte[256];

  static {
    for (int c = 0x80; c < 256; c++) {
      SPECIAL[c] = 1;
    }
    SPECIAL['"'] = 1;
    SPECIAL['\\'] = 1;
    SPECIAL['\n'] = 1;
    SPECIAL['\r'] = 1;
  }

  /** The stream the parser reads: the bytes checked, up to the first that are not UTF-8. */
  static final class Checked extends InputStream {
    private final PushbackInputStream in;
    private boolean started;
    /** The offset of the next byte read from {@code in}. */
    private long offset;
    /** Continuation bytes still due, and the range the next one must lie in (Table 3-7). */
    private int due;
    private int lower = 0x80;
    private int upper = 0xBF;
    /** The offset of the first byte of the sequence being read, and its line and column. */
    private long sequenceStart;
    private int sequenceLine;
    private int sequenceColumn;
    private boolean inString;
    private boolean escaped;
    private long stringStart = -1;
    private int line = 1;
    private long lineStart;
    private boolean afterCr;
    /** Thrown at the next read: every byte before the ill-formed sequence has been handed over. */
    private NotUtf8Exception failure;

    Checked(InputStream in) {
      this.in = new PushbackInputStream(in, 4);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      do {
        n = read(one, 0, 1);
      } while (n == 0);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (len == 0) {
        return 0;
      }
      if (!started) {
        started = true;
        byte[] head = in.readNBytes(4);
        String other = otherEncoding(head, head.length);
        if (other != null) {
          throw failure = new NotUtf8Exception(other, 1, 1, -1);
        }
        in.unread(head);
      }
      int n = in.read(b, off, len);
      if (n < 0) {
        if (due > 0) {
          throw failure = illFormed(); // the last sequence is cut short
        }
        return -1;
      }
      int good = check(b, off, n);
      if (good == 0 && failure != null) {
        throw failure;
      }
      return good;
    }

    /**
     * Checks {@code n} bytes; returns how many of them may be handed over: all, or those before the
     * ill-formed sequence (then {@link #failure} is set). The state lives in locals while the loop
     * runs; a byte that is neither a quote, a backslash, a line end nor above ASCII costs one table
     * look-up.
     */
    private int check(byte[] b, int off, int n) {
      long base = offset - off; // the offset of b[0]
      int end = off + n;
      boolean inString = this.inString;
      boolean escaped = this.escaped;
      boolean afterCr = this.afterCr;
      int due = this.due;
      int i = off;
      for (; i < end; i++) {
        int c = b[i] & 0xFF;
        if (due > 0) {
          if (c < lower || c > upper) {
            break;
          }
          due--;
          lower = 0x80;
          upper = 0xBF;
          continue;
        }
        if (SPECIAL[c] == 0) {
          escaped = false;
          afterCr = false;
          continue;
        }
        if (c < 0x80) {
          if (inString) {
            if (escaped) {
              escaped = false;
            } else if (c == '\\') {
              escaped = true;
            } else if (c == '"') {
              inString = false;
            }
          } else if (c == '"') {
            inString = true;
            stringStart = base + i;
          }
          if (c == '\n' || c == '\r') {
            if (!(c == '\n' && afterCr)) {
              line++;
            }
            lineStart = base + i + 1;
          }
          afterCr = c == '\r';
          continue;
        }
        escaped = false;
        afterCr = false;
        sequenceStart = base + i;
        sequenceLine = line;
        sequenceColumn = column(sequenceStart);
        if (c >= 0xC2 && c <= 0xDF) {
          due = 1;
        } else if (c == 0xE0) {
          due = 2;
          lower = 0xA0; // below: an overlong form
        } else if (c >= 0xE1 && c <= 0xEF && c != 0xED) {
          due = 2;
        } else if (c == 0xED) {
          due = 2;
          upper = 0x9F; // above: a surrogate
        } else if (c == 0xF0) {
          due = 3;
          lower = 0x90; // below: an overlong form
        } else if (c >= 0xF1 && c <= 0xF3) {
          due = 3;
        } else if (c == 0xF4) {
          due = 3;
          upper = 0x8F; // above: beyond U+10FFFF
        } else {
          break; // 80..C1 (a continuation byte, an overlong lead), F5..FF: starts no sequence
        }
      }
      this.inString = inString;
      this.escaped = escaped;
      this.afterCr = afterCr;
      if (i == end) {
        this.due = due;
        offset = base + end;
        return n;
      }
      // ill-formed: the sequence that started at sequenceStart, or the byte at i that starts none
      if (due == 0) {
        sequenceStart = base + i;
        sequenceLine = line;
        sequenceColumn = column(sequenceStart);
      }
      this.due = due;
      failure = illFormed();
      int good = (int) Math.max(0, sequenceStart - (base + off));
      offset = base + off + good;
      return good;
    }

    private int column(long at) {
      return (int) Math.min(Integer.MAX_VALUE, at - lineStart + 1);
    }

    private NotUtf8Exception illFormed() {
      return new NotUtf8Exception(null, sequenceLine, sequenceColumn, inString ? stringStart : -1);
    }

    @Override
    public int available() throws IOException {
      return failure != null ? 0 : in.available();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
