package org.irrt.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.internal.JsonErrors;
import org.irrt.model.internal.JsonProblems;
import org.irrt.model.internal.Utf8Only;

/**
 * The ready, hardened Jackson 3 mapper for hosts that want one, and one-line reading and writing of
 * library values with it.
 *
 * <p>Reading: unknown properties, duplicate keys, trailing content, numbers for text and text for
 * numbers are rejected; no default typing; dates are ISO-8601 text; decimals are read exactly as
 * {@code BigDecimal}; nesting deeper than {@value #MAX_NESTING_DEPTH}, text longer than {@value
 * #MAX_STRING_LENGTH} characters, numbers longer than {@value #MAX_NUMBER_LENGTH} digits and
 * documents larger than {@value #MAX_DOCUMENT_LENGTH} bytes are refused before they cost memory.
 * Every problem of a document is reported at once as an {@link InvalidValueException} whose
 * violations carry JSON paths ({@code linkGroups[1].links[3].url}); malformed JSON is reported with
 * its line and column.
 *
 * <p>Encoding: bytes (a file, a stream, a byte array) must be UTF-8, as RFC 8259 §8.1 requires.
 * A leading UTF-8 byte-order mark is ignored, which the RFC allows. A document in UTF-16 or UTF-32
 * (with or without a byte-order mark) is refused, naming the encoding found, and so is every
 * ill-formed UTF-8 sequence (overlong forms, surrogates, code points above U+10FFFF, sequences cut
 * short, bytes of a single-byte encoding such as ISO-8859-1), with its line and column and the path
 * of the text value that holds it. Jackson alone would read UTF-16 and UTF-32 silently. Text
 * ({@code String}) is already characters, so no encoding question arises for it. The mappers
 * {@link #newMapper()} makes apply the same rule to every byte source.
 *
 * <p>Writing is canonical: properties in declaration order, two-space indent, line feeds, absent
 * optional values left out, ISO-8601 dates, plain decimals, and a final newline. Reading what was
 * written gives an equal value.
 */
public final class IrrtJson {
  /** Deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest text value accepted, in {@code char}s. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** Largest document accepted, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;

  private static final JsonMapper MAPPER = newMapper();
  private static final ObjectWriter WRITER = MAPPER.writer().with(canonicalPrinter());

  private IrrtJson() {}

  /**
   * A new hardened mapper with the {@link IrrtModule} registered. Each call returns a new mapper
   * that the caller may configure further. It reads bytes as UTF-8 only (see the class
   * description); bytes in another encoding or ill-formed UTF-8 fail the read with a {@link
   * java.io.CharConversionException} (as Jackson reports encoding problems), or, inside a library
   * value, with an {@link InvalidValueException} naming the value.
   *
   * @return the mapper
   */
  public static JsonMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .inputDecorator(new Utf8Decorator()) // bytes are UTF-8 only (RFC 8259 §8.1)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new IrrtModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
            JsonInclude.Include.NON_ABSENT))
        .withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
            CoercionInputShape.Boolean))
        .withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.Boolean,
            CoercionInputShape.Float))
        .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
        .withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.Integer,
            CoercionInputShape.Float))
        .withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
            CoercionInputShape.Boolean))
        .build();
  }

  /**
   * No scalar becomes another of a different kind: text is not a number, a number is not text or a
   * boolean. (A whole number is a fine decimal: {@code 5000} yen.)
   */
  private static java.util.function.Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
    return config -> {
      for (CoercionInputShape shape : shapes) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    };
  }

  /**
   * Reads a library value from a file of UTF-8 JSON (a leading byte-order mark is ignored).
   *
   * @param file the file
   * @param type the value type, e.g. {@code RoundTable.class}
   * @param <T> the value type
   * @return the valid value
   * @throws InvalidValueException listing every problem of the document, also a file in another
   *     encoding than UTF-8 or with ill-formed UTF-8
   * @throws UncheckedIOException when the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (tools.jackson.core.exc.JacksonIOException e) {
      // the file failed while it was read (a folder opens, then "Is a directory"): as Jackson 2's adapter says it
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Reads a library value from a stream of UTF-8 JSON (a leading byte-order mark is ignored). The
   * stream is not closed.
   *
   * @param in the stream
   * @param type the value type
   * @param <T> the value type
   * @return the valid value
   * @throws InvalidValueException listing every problem of the document, also bytes in another
   *     encoding than UTF-8 or ill-formed UTF-8
   * @throws JacksonException when the stream fails
   */
  public static <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    ObjectReader reader = MAPPER.readerFor(type);
    try (JsonParser p = reader.createParser(in)) {
      return read(reader, p, type);
    } catch (JacksonException e) {
      throw notUtf8OrThis(e); // found while the parser was made: the first bytes show another encoding
    }
  }

  /**
   * Reads a library value from UTF-8 JSON bytes (a leading byte-order mark is ignored), such as the
   * body of a request.
   *
   * @param json the bytes
   * @param type the value type
   * @param <T> the value type
   * @return the valid value
   * @throws InvalidValueException listing every problem of the document, also bytes in another
   *     encoding than UTF-8 or ill-formed UTF-8
   */
  public static <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    ObjectReader reader = MAPPER.readerFor(type);
    try (JsonParser p = reader.createParser(json)) {
      return read(reader, p, type);
    } catch (JacksonException e) {
      throw notUtf8OrThis(e); // found while the parser was made: another encoding, or a document over the limit
    }
  }

  /**
   * Reads a library value from JSON text. Text is characters already: the encoding question of the
   * byte sources does not arise.
   *
   * @param json the JSON
   * @param type the value type
   * @param <T> the value type
   * @return the valid value
   * @throws InvalidValueException listing every problem of the document
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    ObjectReader reader = MAPPER.readerFor(type);
    try (JsonParser p = reader.createParser(json)) {
      return read(reader, p, type);
    }
  }

  private static RuntimeException notUtf8OrThis(JacksonException e) {
    return JsonErrors.find(e, Utf8Only.NotUtf8Exception.class) == null && !(e instanceof StreamConstraintsException) ? e
        : new InvalidValueException("JSON document", Problems.READING.violations(e, null, ""));
  }

  private static <T> T read(ObjectReader reader, JsonParser p, Class<T> type) {
    JsonProblems problems = new JsonProblems(); // every value of the document records its problems here
    return type.cast(Problems.READING.document(problems, p, type,
        () -> reader.withAttribute(JsonProblems.class, problems).readValue(p)));
  }

  /**
   * Writes a value as canonical JSON.
   *
   * @param value a library value
   * @return the JSON text, ending with a newline
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    return WRITER.writeValueAsString(value) + "\n";
  }

  /**
   * Writes a value as canonical JSON to a file (UTF-8), replacing it.
   *
   * @param value a library value
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Object value, Path file) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value as canonical JSON (UTF-8, the same text as {@link #write(Object)}) to a stream,
   * without holding the text in memory: a round table of tens of megabytes is written in a heap of
   * a few. The stream is flushed and left open (standard output stays usable).
   *
   * @param value a library value
   * @param out the stream
   * @throws UncheckedIOException when the stream cannot be written
   */
  public static void write(Object value, java.io.OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      WRITER.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value); // the caller's stream stays open
      out.write('\n');
      out.flush();
    } catch (tools.jackson.core.exc.JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Jackson 3's hook on the ready mapper's byte input: UTF-8 only ({@link Utf8Only}). */
  private static final class Utf8Decorator extends tools.jackson.core.io.InputDecorator {
    private static final long serialVersionUID = 1L;

    @Override
    public InputStream decorate(tools.jackson.core.io.IOContext ctxt, InputStream in) {
      try {
        return Utf8Only.checked(in, (int) MAX_DOCUMENT_LENGTH);
      } catch (IOException e) {
        throw tools.jackson.core.exc.JacksonIOException.construct(e);
      }
    }

    @Override
    public InputStream decorate(tools.jackson.core.io.IOContext ctxt, byte[] src, int offset, int length) {
      return Utf8Only.checked(src, offset, length);
    }

    @Override
    public java.io.Reader decorate(tools.jackson.core.io.IOContext ctxt, java.io.Reader r) {
      return r; // text: no encoding question
    }
  }
}
