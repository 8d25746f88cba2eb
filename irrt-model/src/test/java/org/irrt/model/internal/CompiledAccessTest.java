package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.json.IrrtJson;
import org.irrt.model.member.ImmutableMember;
import org.irrt.model.member.Member;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Generators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Values are built and written through functions compiled per class ({@link ConstantFunction});
 * where they cannot be made (here: the system property turns them off), the general path reads and
 * writes the same text, builds equal values and reports the same violations.
 */
class CompiledAccessTest {
  private static final long SEED = 20261130L;

  @AfterEach
  void clearProperty() {
    System.clearProperty(ConstantFunction.PROPERTY);
  }

  @Test
  void aCompiledFunctionCallsItsHandle() {
    Function<Object, Object> identity = ConstantFunction.of(java.lang.invoke.MethodHandles.filterReturnValue(
        java.lang.invoke.MethodHandles.identity(Object.class), java.lang.invoke.MethodHandles.identity(Object.class)));
    assertThat(identity).isNotNull();
    assertThat(identity.apply("x")).isEqualTo("x");
    assertThat(identity.getClass().isHidden()).isTrue();
    System.setProperty(ConstantFunction.PROPERTY, "false");
    assertThat(ConstantFunction.of(java.lang.invoke.MethodHandles.identity(Object.class))).isNull();
  }

  @Test
  void membersReadAndWriteTheSameBothWays() throws Exception {
    sameBothWays(Generators.members(), Member.class, 150, List.of(
        json -> json.replaceFirst("\"id\" : \"[^\"]*\",", ""), // missing
        json -> json.replaceFirst("\"email\" : \"[^\"]*\"", "\"email\" : 12"), // wrong type
        json -> json.replaceFirst("\"country\" : \"([A-Z]+)\"", "\"country\" : \"$1\", \"country\" : \"$1\""),
        json -> json.replaceFirst("\"givenNames\" : \"[^\"]*\"", "\"givenNames\" : \" \""), // invalid text
        json -> json.replaceFirst("\\{", "{ \"unknown\" : 1,"),
        json -> json.replaceFirst("\"name\" : \\{", "\"name\" : 7, \"x\" : {"))); // a nested value of the wrong kind
  }

  @Test
  void roundTablesReadAndWriteTheSameBothWays() throws Exception {
    sameBothWays(Generators.roundTables(), RoundTable.class, 60, List.of(
        json -> json.replaceFirst("\"purposes\" : \\[[^\\]]*\\]", "\"purposes\" : [ null ]"), // refused by the builder
        json -> json.replaceFirst("\"purposes\" : \\[[^\\]]*\\]", "\"purposes\" : [ \"\" ]"),
        json -> json.replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : null")));
  }

  @Test
  void registersReadAndWriteTheSameBothWays() throws Exception {
    sameBothWays(Generators.registers(), MembershipRegister.class, 40, List.of(
        json -> json.replaceFirst("\"members\" : \\[", "\"members\" : [ null, ")));
  }

  /** The default mapper takes the compiled path for a member, read and written. */
  @Test
  void theDefaultMapperTakesTheCompiledPath() throws Exception {
    JsonMapper mapper = IrrtJson.newMapper();
    List<Member> one = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(1).forAll(Generators.members()).checkAssert(one::add);
    Member member = one.get(0);
    String json = mapper.writeValueAsString(member);
    assertThat(mapper.readValue(json, Member.class)).isEqualTo(member);
    assertThat(readsDirectly(mapper, ImmutableMember.class, json)).isTrue();
    assertThat(writesDirectly(mapper, member)).isTrue();
  }

  /**
   * A host's deserializer that gives a value of another type than the builder method takes is
   * refused at that property, as setting it would be, both ways; a number of another box type too.
   */
  @Test
  void aValueOfAnotherTypeFromAHostDeserializerIsRefusedAtItsProperty() throws Exception {
    com.fasterxml.jackson.databind.module.SimpleModule host = new com.fasterxml.jackson.databind.module.SimpleModule();
    host.addDeserializer(org.irrt.model.member.MemberCategory.class, wrongType(p -> p.getText()));
    host.addDeserializer(Integer.class, wrongType(p -> (short) p.getIntValue()));
    host.addDeserializer(int.class, wrongType(p -> (short) p.getIntValue()));
    String member = "{\"id\": \"m-1\", \"name\": {\"givenNames\": \"Ana\"}, \"email\": \"ana@example.org\", "
        + "\"country\": \"CO\", \"preferredLanguage\": \"es\", \"category\": \"REGULAR\"}";
    String seats = "{\"role\": \"CHAIR\", \"minimum\": 1, \"maximum\": 1}";
    for (boolean compiled : new boolean[] {false, true}) {
      System.setProperty(ConstantFunction.PROPERTY, Boolean.toString(compiled));
      com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
          .registerModule(new org.irrt.model.json.IrrtModule()).registerModule(host);
      assertThat(outcome(mapper, member, Member.class)).as("compiled " + compiled)
          .isEqualTo("refused category org.irrt.model.json.invalid");
      assertThat(outcome(mapper, seats, org.irrt.model.committee.SeatLimit.class)).as("compiled " + compiled)
          .isEqualTo("refused minimum org.irrt.model.json.invalid");
    }
  }

  /**
   * An accessor that fails while a value is written is reported as Jackson's own loop reports it,
   * naming the property, before and after the serializer has made its function.
   */
  @Test
  void aFailingAccessorIsReportedAsJacksonReportsIt() throws Exception {
    JsonMapper ours = IrrtJson.newMapper();
    Map<Boolean, String> expected = Map.of(false, "broken on purpose", true, "Infinite recursion (StackOverflowError)");
    for (boolean recurse : new boolean[] {false, true}) {
      for (int i = 0; i < 2; i++) {
        String message = org.assertj.core.api.Assertions.catchThrowableOfType(
            com.fasterxml.jackson.databind.JsonMappingException.class,
            () -> ours.writeValueAsString(new ImmutableFailing(recurse))).getMessage();
        assertThat(message).startsWith(expected.get(recurse))
            .endsWith("(through reference chain: " + ImmutableFailing.class.getName() + "[\"broken\"])");
      }
    }
    com.fasterxml.jackson.databind.JsonSerializer<?> serializer =
        ours.getSerializerProviderInstance().findValueSerializer(ImmutableFailing.class);
    assertThat(serializer.getClass().getSimpleName()).isEqualTo("Fields");
    assertThat(AccessorWriters.readsValuesAtOnce(serializer)).isTrue();
  }

  /** Written as a library value (by its name): a property that fails, or recurses without end. */
  static final class ImmutableFailing {
    private final boolean recurse;

    ImmutableFailing(boolean recurse) {
      this.recurse = recurse;
    }

    public String getFine() {
      return "fine";
    }

    public int getBroken() {
      if (recurse) {
        return getBroken() + 1;
      }
      throw new IllegalStateException("broken on purpose");
    }
  }

  private interface Read {
    Object from(com.fasterxml.jackson.core.JsonParser p) throws java.io.IOException;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static com.fasterxml.jackson.databind.JsonDeserializer wrongType(Read read) {
    return new com.fasterxml.jackson.databind.JsonDeserializer<Object>() {
      @Override
      public Object deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
          throws java.io.IOException {
        return read.from(p);
      }
    };
  }

  private static <T> void sameBothWays(Gen<T> values, Class<T> type, int examples,
      List<Function<String, String>> breakages) throws Exception {
    List<T> generated = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(examples).forAll(values).checkAssert(generated::add);
    // the general path: functions are made on first use, so every use of this mapper is made while they are off
    System.setProperty(ConstantFunction.PROPERTY, "false");
    JsonMapper stepped = IrrtJson.newMapper();
    List<String> steppedResults = results(stepped, generated, type, breakages);
    assertThat(readsDirectly(stepped, immutable(type), steppedResults.get(0))).isFalse();
    assertThat(writesDirectly(stepped, generated.get(0))).isFalse();
    System.clearProperty(ConstantFunction.PROPERTY);
    JsonMapper compiled = IrrtJson.newMapper();
    List<String> compiledResults = results(compiled, generated, type, breakages);
    assertThat(readsDirectly(compiled, immutable(type), compiledResults.get(0))).isTrue();
    assertThat(writesDirectly(compiled, generated.get(0))).isTrue();

    assertThat(compiledResults).hasSize(generated.size() * (1 + breakages.size()));
    assertThat(compiledResults).isEqualTo(steppedResults);
    // the breakages did break documents, so the reports compared are real ones
    assertThat(compiledResults.stream().filter(r -> r.startsWith("refused")).count())
        .isGreaterThanOrEqualTo(generated.size());
  }

  /** For each value: its JSON read back (which must be equal), then each broken form's outcome. */
  private static <T> List<String> results(JsonMapper mapper, List<T> values, Class<T> type,
      List<Function<String, String>> breakages) throws Exception {
    List<String> out = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectWriter pretty = mapper.writerWithDefaultPrettyPrinter();
    for (T value : values) {
      String json = pretty.writeValueAsString(value);
      assertThat(mapper.readValue(json, type)).isEqualTo(value);
      out.add(json);
      for (Function<String, String> breakage : breakages) {
        out.add(outcome(mapper, breakage.apply(json), type));
      }
    }
    return out;
  }

  private static String outcome(com.fasterxml.jackson.databind.ObjectMapper mapper, String json, Class<?> type) {
    List<Violation> found;
    try {
      return "read " + mapper.writeValueAsString(mapper.readValue(json, type));
    } catch (InvalidValueException e) {
      found = e.violations();
    } catch (JsonProcessingException e) {
      found = JsonErrors.violations(e, null, "");
    }
    StringBuilder sb = new StringBuilder("refused");
    for (Violation v : found) {
      sb.append(' ').append(v.path()).append(' ').append(v.code());
    }
    return sb.toString();
  }

  private static Class<?> immutable(Class<?> type) throws ClassNotFoundException {
    return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
  }

  /** Whether the mapper's deserializer of a type, having read {@code json}, built it with a compiled function. */
  private static boolean readsDirectly(JsonMapper mapper, Class<?> type, String json) throws Exception {
    DeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), mapper.createParser("{}"), null);
    JsonDeserializer<?> found = ctxt.findRootValueDeserializer(mapper.constructType(type));
    BuilderDeserializer builder = (BuilderDeserializer) ((ValidatingDeserializer) found).getDelegatee();
    try (com.fasterxml.jackson.core.JsonParser p = mapper.createParser(json)) {
      p.nextToken();
      assertThat(found.deserialize(p, ctxt)).isNotNull();
    }
    return builder.constructsDirectly();
  }

  /** Whether the serializer the mapper writes a value with, having written it, read its properties at once. */
  private static boolean writesDirectly(JsonMapper mapper, Object value) throws Exception {
    com.fasterxml.jackson.databind.SerializerProvider provider = mapper.getSerializerProviderInstance();
    com.fasterxml.jackson.databind.JsonSerializer<Object> serializer =
        provider.findTypedValueSerializer(value.getClass(), true, null);
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator g = mapper.createGenerator(out)) {
      serializer.serialize(value, g, provider);
    }
    assertThat(out.toString()).isEqualTo(mapper.writeValueAsString(value));
    return AccessorWriters.readsValuesAtOnce(serializer);
  }
}
