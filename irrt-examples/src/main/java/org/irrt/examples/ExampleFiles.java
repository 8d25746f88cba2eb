package org.irrt.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.jackson2.IrrtJson;

/** Reads an example's JSON file, or its bundled sample, with the hardened mapper. */
final class ExampleFiles {
  private ExampleFiles() {}

  /**
   * Reads a file into a host type that holds library values.
   *
   * @param file the file, or {@code null} for the bundled sample
   * @param resource the sample's class-path resource
   * @param type the host type
   * @param what the kind of file, for the report
   * @param <T> the host type
   * @return the value
   * @throws InvalidValueException listing every problem of a library value in the file, or naming
   *     the line of a file that is not of the expected shape, or that is not UTF-8
   * @throws UncheckedIOException when the file cannot be read
   */
  static <T> T read(Path file, String resource, Class<T> type, String what) {
    return read(file, resource, type, what, IrrtJson.newMapper());
  }

  /**
   * Reads a file into a host type with a mapper of the caller's, made from the hardened one.
   *
   * @param file the file, or {@code null} for the bundled sample
   * @param resource the sample's class-path resource
   * @param type the host type
   * @param what the kind of file, for the report
   * @param mapper {@link IrrtJson#newMapper()}, with the caller's additions
   * @param <T> the host type
   * @return the value
   * @throws InvalidValueException as {@link #read(Path, String, Class, String)}
   * @throws UncheckedIOException when the file cannot be read
   */
  static <T> T read(Path file, String resource, Class<T> type, String what, ObjectMapper mapper) {
    try (InputStream in = file == null ? ExampleFiles.class.getResourceAsStream(resource) : Files.newInputStream(file)) {
      T value = mapper.readValue(in, type);
      if (value == null) {
        throw new InvalidValueException(what, List.of(new Violation("", "org.irrt.examples.file",
            locale -> "is empty (null)")));
      }
      return value;
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidValueException invalid) {
          throw invalid; // a library value in the file: every violation, with its path
        }
        if (t instanceof CharConversionException notUtf8) {
          throw notUtf8(what, notUtf8);
        }
      }
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        String path = path(mapping.getPath());
        String expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
            ? expected(mismatch.getTargetType()) : "a value of another kind";
        throw new InvalidValueException(what, List.of(new Violation(path, "org.irrt.examples.field",
            locale -> "must be " + expected + where)));
      }
      throw new InvalidValueException(what, List.of(new Violation("", "org.irrt.examples.file",
          locale -> "is not a valid " + what + where)));
    } catch (CharConversionException e) {
      throw notUtf8(what, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Bytes that are not UTF-8, which the library's mapper refuses (RFC 8259): invalid data, not an
   * unreadable file; the refusal says which encoding or where.
   */
  private static InvalidValueException notUtf8(String what, CharConversionException e) {
    return new InvalidValueException(what, List.of(new Violation("", "org.irrt.examples.encoding",
        locale -> e.getMessage())));
  }

  /**
   * Every component of a host record is required, except {@code Optional}s; lists hold no null.
   * Names every missing one with its path, at once.
   */
  static void requireComponents(Record record, String what) {
    List<Violation> problems = new java.util.ArrayList<>();
    for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (value == null) {
        problems.add(new Violation(c.getName(), "org.irrt.examples.field", locale -> "is required"));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) == null) {
            String path = c.getName() + "[" + i + "]";
            problems.add(new Violation(path, "org.irrt.examples.field", locale -> "must not be null"));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(what, problems);
    }
  }

  /** A validator of the host's own records, with Hibernate Validator's messages in every language it has. */
  private static final class Host {
    static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure().buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * The Bean Validation constraints a host record breaks ({@code @NotNull}, {@code @NotEmpty},
   * cascading with {@code @Valid}), each at its JSON path ({@code applications[2].by}), its message
   * rendered in the reader's language when it is shown.
   *
   * @param value the record
   * @return the violations, sorted by path
   */
  static List<Violation> validate(Object value) {
    List<Violation> found = new java.util.ArrayList<>();
    for (ConstraintViolation<Object> cv : Host.VALIDATOR.validate(value)) {
      String template = cv.getMessageTemplate();
      MessageInterpolator.Context context = new MessageInterpolator.Context() {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
          return cv.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
          return null; // the rejected value is never part of a message
        }

        @Override
        public <U> U unwrap(Class<U> type) {
          throw new jakarta.validation.ValidationException("cannot unwrap to " + type.getName());
        }
      };
      found.add(new Violation(path(cv.getPropertyPath()), template.replaceAll("^\\{|}$", ""),
          locale -> Host.FACTORY.getMessageInterpolator().interpolate(template, context, locale)));
    }
    found.sort(java.util.Comparator.comparing(Violation::path));
    return found;
  }

  /** A Bean Validation path as {@code applications[2].by}. */
  private static String path(jakarta.validation.Path path) {
    StringBuilder b = new StringBuilder();
    for (jakarta.validation.Path.Node node : path) {
      if (node.getIndex() != null) {
        b.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        b.append(b.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    return b.toString();
  }

  /** A Jackson path as {@code actions[3].at}. */
  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type == java.time.Instant.class) {
      return "an instant such as 2026-09-01T14:00:00Z";
    }
    if (type == java.time.ZoneId.class) {
      return "a time zone such as America/Chicago";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == String.class) {
      return "text";
    }
    return "a " + type.getSimpleName();
  }
}
