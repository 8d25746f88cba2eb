package org.irrt.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * Reads an example's JSON file, or its bundled sample, with the hardened mapper, reporting every
 * problem of a file at once, each at its path ({@link #readAll}).
 */
final class ExampleFiles {
  private ExampleFiles() {}

  /**
   * A file read as far as it goes: the value, with {@code null} where a part could not be read, and
   * every problem found on the way, each at its path, so that a caller adds its own checks and
   * reports all of them at once.
   *
   * @param value the value read; a record component that could not be read is {@code null} (an
   *     {@code Optional} is empty)
   * @param problems what could not be read, in the file's order; empty when all was read
   * @param <T> the host type
   */
  record Read<T>(T value, List<Violation> problems) {
    /**
     * The problems of the value's own checks that the reading did not already report: none at,
     * under or above a path the reading named ({@code people[0].id} already said, its "must not be
     * null" is not said again, nor that of {@code volunteering[5].command} when its {@code role}
     * could not be read).
     *
     * @param more problems found on the value read
     * @return the reading's problems, then those of {@code more} that add something
     */
    List<Violation> with(List<Violation> more) {
      List<Violation> all = new java.util.ArrayList<>(problems);
      for (Violation v : more) {
        if (problems.stream().noneMatch(p -> within(v.path(), p.path()) || within(p.path(), v.path()))) {
          all.add(v);
        }
      }
      return all;
    }

    private static boolean within(String path, String reported) {
      return path.equals(reported) || reported.isEmpty()
          || path.startsWith(reported) && (path.charAt(reported.length()) == '.' || path.charAt(reported.length()) == '[');
    }
  }

  /**
   * Reads a file into a host record, collecting every problem in one pass, as the library's readers
   * do inside its values: the document is parsed once into a tree by the library's {@link
   * IrrtJson#read(InputStream, Class)}, the reading {@code validate} uses, so that a file that is not
   * UTF-8, not JSON, empty, {@code null} or not an object (duplicate keys, the size limits) is
   * refused in the library's words, as {@code validate} refuses it; then each component of a host record
   * of this package, and each element of a list, is read on its own, so that a bad one is reported at
   * its path ({@code people[0].id}, {@code volunteering[0].at}) and the others are still read. A
   * property the record does not have is named with the properties it has. Library values and
   * everything else are read by {@code mapper}, which reports every problem inside a library value.
   *
   * @param file the file, or {@code null} for the bundled sample
   * @param resource the sample's class-path resource
   * @param type the host record type
   * @param what the kind of file, for the report
   * @param mapper {@link IrrtJson#newMapper()}, with the caller's additions
   * @param <T> the host type
   * @return the value read as far as it goes, and the problems
   * @throws InvalidValueException when the file is not UTF-8, not JSON, empty, {@code null} or not an
   *     object
   * @throws UncheckedIOException when the file cannot be read
   */
  static <T> Read<T> readAll(Path file, String resource, Class<T> type, String what, ObjectMapper mapper) {
    JsonNode tree;
    // the library's reading, as validate's: not UTF-8, not JSON, empty, null or not an object, in its words
    try (InputStream in = file == null ? ExampleFiles.class.getResourceAsStream(resource) : Files.newInputStream(file)) {
      tree = IrrtJson.read(in, ObjectNode.class);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(what, e.violations());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Violation> problems = new java.util.ArrayList<>();
    Object value = new Walk(mapper, what, problems).value(tree, mapper.constructType(type), "");
    return new Read<>(type.cast(value), List.copyOf(problems));
  }

  /** One pass over a tree: host records and lists part by part, anything else through the mapper. */
  private record Walk(ObjectMapper mapper, String what, List<Violation> problems) {
    Object value(JsonNode node, JavaType type, String path) {
      Class<?> raw = type.getRawClass();
      if (raw == java.util.Optional.class) {
        return node == null || node.isNull() ? java.util.Optional.empty()
            : java.util.Optional.ofNullable(value(node, type.containedType(0), path));
      }
      if (node == null || node.isNull()) {
        return null; // the record's own checks say whether it may be missing
      }
      if (raw.isRecord() && raw.getPackageName().equals(ExampleFiles.class.getPackageName())) {
        return record(node, type, path);
      }
      if (raw == List.class || raw == java.util.Set.class) {
        if (!node.isArray()) {
          problems.add(new Violation(path, "org.irrt.examples.field", 
              locale -> CliMessages.of(locale).get("file.mustBe", CliMessages.of(locale).get("file.expected.list"))));
          return null;
        }
        List<Object> items = new java.util.ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
          items.add(value(node.get(i), type.getContentType(), path + "[" + i + "]"));
        }
        return raw == List.class ? java.util.Collections.unmodifiableList(items)
            : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(items));
      }
      try {
        return mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
      } catch (InvalidValueException e) { // a library value, outermost here: its problems, from where it stands
        e.violations().forEach(v -> problems.add(v.under(path)));
      } catch (JsonProcessingException e) {
        // a command written {"Appoint": {...}}: Jackson's path leaves the wrapper's name out; the file's has it
        boolean wrapped = raw.isSealed() && node.isObject() && node.size() == 1 && !(e instanceof InvalidTypeIdException);
        problems.addAll(failures(e, path, wrapped ? join(path, node.fieldNames().next()) : path, what));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // not expected from a tree
      }
      return null;
    }

    private Object record(JsonNode node, JavaType type, String path) {
      Class<?> raw = type.getRawClass();
      if (!node.isObject()) {
        java.util.function.Function<java.util.Locale, String> expected = expected(raw);
        problems.add(new Violation(path, "org.irrt.examples.field",
            locale -> CliMessages.of(locale).get("file.mustBe", expected.apply(locale))));
        return null;
      }
      java.lang.reflect.RecordComponent[] components = raw.getRecordComponents();
      List<String> names = java.util.Arrays.stream(components).map(java.lang.reflect.RecordComponent::getName).toList();
      node.fieldNames().forEachRemaining(name -> {
        if (!names.contains(name)) {
          problems.add(unknown(join(path, name), names));
        }
      });
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = value(node.get(components[i].getName()),
            mapper.getTypeFactory().resolveMemberType(components[i].getGenericType(), type.getBindings()),
            join(path, components[i].getName()));
      }
      try {
        return raw.getDeclaredConstructor(types).newInstance(values); // the examples' own records: no checks in them
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make " + raw.getSimpleName(), e);
      }
    }

    private static String join(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }

  /** A property the value does not have, named with those it has, in the reader's language. */
  private static Violation unknown(String path, java.util.Collection<?> known) {
    String list = known.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    return new Violation(path, "org.irrt.examples.unknownProperty",
        locale -> CliMessages.of(locale).get("file.unknownProperty", list));
  }

  /**
   * The problems a failed read of the value at {@code node} stands for, at their paths: those of a
   * library value carry their path from the value read; others are placed by Jackson's path under
   * {@code base} (the node's path, with a command's wrapper name).
   */
  private static List<Violation> failures(JsonProcessingException e, String node, String base, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException notUtf8) {
        return notUtf8(what, notUtf8).violations();
      }
      if (t instanceof InvalidValueException invalid) {
        String at = e instanceof JsonMappingException mapping ? join(base, path(mapping.getPath())) : base;
        // a library value: every violation, its path from the value read; a value's own check: at Jackson's path
        return invalid.violations().stream().map(v -> v.path().isEmpty() ? v.under(at) : v.under(node)).toList();
      }
    }
    String line = e.getLocation() == null || e.getLocation().getLineNr() < 0 || !base.isEmpty() ? null
        : String.valueOf(e.getLocation().getLineNr());
    java.util.function.Function<java.util.Locale, String> where =
        locale -> line == null ? "" : " " + CliMessages.of(locale).get("file.atLine", line);
    if (e instanceof JsonMappingException mapping && (!mapping.getPath().isEmpty() || !base.isEmpty())) {
      String path = join(base, path(mapping.getPath()));
      if (e instanceof UnrecognizedPropertyException unknown && unknown.getKnownPropertyIds() != null) {
        return List.of(unknown(path, unknown.getKnownPropertyIds()));
      }
      java.util.function.Function<java.util.Locale, String> expected;
      if (e instanceof InvalidTypeIdException typeId && typeId.getBaseType() != null
          && typeId.getBaseType().getRawClass().isSealed()) {
        String kinds = commandNames(typeId.getBaseType().getRawClass());
        expected = locale -> CliMessages.of(locale).get("file.expected.oneOf", kinds);
      } else {
        expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
            ? expected(mismatch.getTargetType()) : locale -> CliMessages.of(locale).get("file.expected.otherKind");
      }
      return List.of(new Violation(path, "org.irrt.examples.field",
          locale -> CliMessages.of(locale).get("file.mustBe", expected.apply(locale)) + where.apply(locale)));
    }
    return List.of(new Violation("", "org.irrt.examples.file",
        locale -> CliMessages.of(locale).get("file.notValid", what) + where.apply(locale)));
  }

  private static String join(String base, String path) {
    return base.isEmpty() ? path : path.isEmpty() ? base : path.startsWith("[") ? base + path : base + "." + path;
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
   * A refused file's problems in the order they occur in the file, so that a reader goes through
   * the file once from the top: a problem at a value stands where that value starts; one at a
   * value the file lacks ("is required") at the end of the nearest value around it that the file
   * has (its object lacks it); problems at one place keep the order they were found in. The library
   * reports a document's reading in its order, but one value's own checks by path, after its
   * reading's, and a host adds its checks after the reading; this puts them all in the file's order.
   * The file is read again, as JSON tokens, only for the places of the problems' paths; a file that
   * is no JSON (a post in Markdown), is gone or cannot be read through keeps the order given.
   *
   * @param file the file, or {@code null} for a bundled sample (which keeps the order given)
   * @param refused what the file's reading or checks refused
   * @return the same problems, in the file's order
   */
  static InvalidValueException inFileOrder(Path file, InvalidValueException refused) {
    List<Violation> problems = refused.violations();
    if (file == null || problems.size() < 2) {
      return refused;
    }
    Set<String> wanted = new HashSet<>();
    for (Violation v : problems) {
      wanted.add(v.path());
      wanted.addAll(ancestors(v.path()));
    }
    Map<String, long[]> where = new HashMap<>(); // path: first and last token of its value
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = new JsonFactory().createParser(in)) {
      Deque<String[]> open = new ArrayDeque<>(); // per open container: its path, [ or {, next index, name
      long n = 0;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken(), n++) {
        String[] container = open.peek();
        if (t == JsonToken.FIELD_NAME) {
          container[3] = parser.currentName();
          continue;
        }
        if (t.isStructEnd()) {
          String[] closed = open.pop();
          if (where.containsKey(closed[0])) {
            where.get(closed[0])[1] = n;
          }
          continue;
        }
        String path;
        if (container == null) {
          path = "";
        } else if (container[1].equals("[")) {
          int index = Integer.parseInt(container[2]);
          container[2] = String.valueOf(index + 1);
          path = container[0] + "[" + index + "]";
        } else {
          path = container[0].isEmpty() ? container[3] : container[0] + "." + container[3];
        }
        if (wanted.contains(path)) {
          where.putIfAbsent(path, new long[] {n, n});
        }
        if (t.isStructStart()) {
          open.push(new String[] {path, t == JsonToken.START_ARRAY ? "[" : "{", "0", null});
        }
      }
    } catch (IOException | RuntimeException notJson) {
      return refused; // not JSON after all, or gone: the order given
    }
    List<Violation> ordered = new ArrayList<>(problems);
    ordered.sort(Comparator.comparingLong(v -> place(v.path(), where))); // stable: ties keep their order
    return new InvalidValueException(refused.subject(), ordered);
  }

  /** Where a problem stands: its value's first token, else the last token of the nearest value around it. */
  private static long place(String path, Map<String, long[]> where) {
    if (!path.isEmpty() && where.containsKey(path)) {
      return where.get(path)[0];
    }
    for (String around : ancestors(path)) {
      if (where.containsKey(around)) {
        return where.get(around)[1];
      }
    }
    return Long.MAX_VALUE;
  }

  /** The paths around a path, nearest first, the document's ({@code ""}) last: {@code a.b[0]}, {@code a.b}, {@code a}, {@code ""}. */
  private static List<String> ancestors(String path) {
    List<String> around = new ArrayList<>();
    for (int i = path.length() - 1; i > 0; i--) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        around.add(path.substring(0, i));
      }
    }
    if (!path.isEmpty()) {
      around.add("");
    }
    return around;
  }

  /**
   * Reads a file into a host record whose every component is required, except {@code Optional}s,
   * and whose lists hold no null: every problem of the reading and every missing part, each with its
   * path, in one report.
   *
   * @param file the file, or {@code null} for the bundled sample
   * @param resource the sample's class-path resource
   * @param type the host record type
   * @param what the kind of file, for the report
   * @param <T> the host type
   * @return the complete value
   * @throws InvalidValueException naming every problem with its path
   * @throws UncheckedIOException when the file cannot be read
   */
  static <T extends Record> T readComplete(Path file, String resource, Class<T> type, String what) {
    Read<T> read = readAll(file, resource, type, what, IrrtJson.newMapper());
    List<Violation> problems = read.with(missing(read.value()));
    if (!problems.isEmpty()) {
      throw new InvalidValueException(what, problems);
    }
    return read.value();
  }

  /**
   * The components of a host record that are missing ({@code null}, except {@code Optional}s, which
   * are never null) and the nulls in its lists, each at its path.
   *
   * @param record the record
   * @return the violations, in the record's order
   */
  static List<Violation> missing(Record record) {
    List<Violation> problems = new java.util.ArrayList<>();
    for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (value == null) {
        problems.add(new Violation(c.getName(), "org.irrt.examples.field", locale -> CliMessages.of(locale).get("file.required")));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) == null) {
            String path = c.getName() + "[" + i + "]";
            problems.add(new Violation(path, "org.irrt.examples.field", 
                locale -> CliMessages.of(locale).get("file.notNull")));
          }
        }
      }
    }
    return problems;
  }

  /**
   * A validator of the host's own records, with Hibernate Validator's messages in every language it
   * has, but for a missing value, which is "is required" in the command line's words, as the
   * library says it.
   */
  private static final class Host {
    static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
        .messageInterpolator(new org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator(
            new org.hibernate.validator.resourceloading.PlatformResourceBundleLocator(CliMessages.BUNDLE)))
        .buildValidatorFactory();
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

  /**
   * What a value of {@code type} must be, in the reader's language (the command line's bundle,
   * {@code file.expected.*}): an enum's constants, an ISO-8601 instant, an IANA zone, a number, a
   * list, text, a command by the names it may have, or else an object; never a Java type's name.
   */
  private static java.util.function.Function<java.util.Locale, String> expected(Class<?> type) {
    if (type.isEnum()) {
      String constants = java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(java.util.stream.Collectors.joining(", ")); // as the library's "must be one of: A, B", no Java list
      return locale -> CliMessages.of(locale).get("file.expected.oneOf", constants);
    }
    String key;
    if (type == java.time.Instant.class) {
      key = "file.expected.instant";
    } else if (type == java.time.ZoneId.class) {
      key = "file.expected.zone";
    } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      key = "file.expected.number";
    } else if (java.util.Collection.class.isAssignableFrom(type)) {
      key = "file.expected.list";
    } else if (type == String.class) {
      key = "file.expected.text";
    } else if (type.isSealed()) { // a command, written {"Appoint": {...}}: its names are the file's own words
      String names = commandNames(type);
      return locale -> CliMessages.of(locale).get("file.expected.command", names);
    } else {
      key = "file.expected.object"; // a record: never its Java name
    }
    return locale -> CliMessages.of(locale).get(key);
  }

  /**
   * The names of a sealed type's kinds (a workflow's commands), in alphabetical order: the order of
   * {@link Class#getPermittedSubclasses} is the compiler's (javac 17 and 25 list the same nested
   * records differently), so a message made from it changed with the JDK that built irrt.
   */
  static String commandNames(Class<?> sealed) {
    return java.util.Arrays.stream(sealed.getPermittedSubclasses()).map(Class::getSimpleName).sorted()
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
