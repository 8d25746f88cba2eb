package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuilderDeserializerTest {
  /** Every generated value type of the model is read through its builder, none through Immutables' two-step binding. */
  @Test
  void everyModelValueTypeHasTheExpectedShape() throws IOException {
    List<String> without = new ArrayList<>();
    int count = 0;
    for (Class<?> type : generatedValueTypes()) {
      count++;
      Object fallback = new com.fasterxml.jackson.databind.deser.std.StringDeserializer();
      if (BuilderDeserializer.of(type, (com.fasterxml.jackson.databind.JsonDeserializer<?>) fallback) == fallback) {
        without.add(type.getSimpleName());
      }
    }
    assertThat(count).isGreaterThanOrEqualTo(41);
    assertThat(without).isEmpty();
  }

  /**
   * Through a mapper: each generated value type is read by its builder, and each library value
   * written as text (ids, e-mail, phone, URL, partial date, country) by a direct call of its factory.
   */
  @Test
  void aMapperReadsEveryValueTypeTheDirectWay() throws Exception {
    com.fasterxml.jackson.databind.json.JsonMapper mapper = org.irrt.model.json.IrrtJson.newMapper();
    com.fasterxml.jackson.databind.DeserializationContext ctxt =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) mapper.getDeserializationContext())
            .createInstance(mapper.getDeserializationConfig(), mapper.createParser("{}"), null);
    for (Class<?> type : generatedValueTypes()) {
      Object found = ctxt.findRootValueDeserializer(mapper.constructType(type));
      assertThat(found).as(type.getName()).isInstanceOf(ValidatingDeserializer.class);
      assertThat(((ValidatingDeserializer) found).getDelegatee()).as(type.getName())
          .isInstanceOf(BuilderDeserializer.class);
    }
    List<Class<?>> textTypes = List.of(org.irrt.model.member.MemberId.class, org.irrt.model.common.EmailAddress.class,
        org.irrt.model.common.PhoneNumber.class, org.irrt.model.common.CountryCode.class,
        org.irrt.model.common.WebUrl.class, org.irrt.model.common.PartialDate.class,
        org.irrt.model.pledge.PledgeId.class, org.irrt.model.link.LinkId.class);
    for (Class<?> type : textTypes) {
      assertThat(ctxt.findRootValueDeserializer(mapper.constructType(type))).as(type.getName())
          .isInstanceOf(StringCreatorDeserializer.class);
    }
    // and written without reflection
    com.fasterxml.jackson.databind.SerializerProvider provider = mapper.getSerializerProviderInstance();
    assertThat(provider.findValueSerializer(org.irrt.model.common.EmailAddress.class).getClass().getName())
        .endsWith("AccessorWriters$Text");
    com.fasterxml.jackson.databind.ser.std.BeanSerializerBase member = (com.fasterxml.jackson.databind.ser.std.BeanSerializerBase)
        provider.findValueSerializer(org.irrt.model.member.ImmutableMember.class);
    member.properties().forEachRemaining(w -> assertThat(w.getClass().getName()).as(w.getName())
        .endsWith("AccessorWriters$Writer"));
    assertThat(mapper.readValue("\"+573211234567\"", org.irrt.model.common.PhoneNumber.class).e164())
        .isEqualTo("+573211234567");
    assertThat(org.irrt.model.testing.Violations.of(() -> org.irrt.model.json.IrrtJson.read(
            "{\"phone\": \"+5732\", \"email\": \"\", \"country\": 12}", org.irrt.model.member.Member.class)))
        .contains("phone org.irrt.model.PhoneNumber.invalid", "country org.irrt.model.json.type");
    // optional values are read without their Optional: null is empty, a problem inside keeps its path
    String memberJson = "{\"id\": \"m-1\", \"name\": {\"givenNames\": \"Ana\", \"familyName\": null}, "
        + "\"email\": \"ana@example.org\", \"phone\": null, \"country\": \"CO\", \"preferredLanguage\": \"es\", "
        + "\"category\": \"INTERNATIONAL\", \"erasedAt\": \"2026-11-29T10:00:00Z\"%s}";
    org.irrt.model.member.Member read = org.irrt.model.json.IrrtJson.read(memberJson.formatted(""),
        org.irrt.model.member.Member.class);
    assertThat(read.phone()).isEmpty();
    assertThat(read.name().familyName()).isEmpty();
    assertThat(read.erasedAt()).contains(java.time.Instant.parse("2026-11-29T10:00:00Z"));
    assertThat(org.irrt.model.testing.Violations.of(() -> org.irrt.model.json.IrrtJson.read(memberJson.formatted(
            ", \"affiliation\": {\"institution\": \" \", \"position\": 3}, \"postalAddress\": []"),
        org.irrt.model.member.Member.class)))
        .containsExactlyInAnyOrder("affiliation.institution org.irrt.model.ValidText.blank",
            "affiliation.position org.irrt.model.json.type", "postalAddress org.irrt.model.json.type");
  }

  static List<Class<?>> generatedValueTypes() throws IOException {
    Path root = Path.of("target/classes");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = root.relativize(f).toString();
        if (name.endsWith(".class") && f.getFileName().toString().startsWith("Immutable") && !name.contains("$")) {
          try {
            Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
            if (ValidatingModifier.isLibraryValue(type)) {
              out.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
          }
        }
      }
    }
    return out;
  }
}
