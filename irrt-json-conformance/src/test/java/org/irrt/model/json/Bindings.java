package org.irrt.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The two adapters under test, the same suite for both. */
public final class Bindings {
  private Bindings() {}

  /** Both bindings, for {@code @MethodSource}. */
  public static List<JsonBinding> all() {
    return List.of(new Jackson2(), new Jackson3());
  }

  /** The Jackson 2 adapter ({@code irrt-jackson2}). */
  public static final class Jackson2 implements JsonBinding {
    private static final com.fasterxml.jackson.databind.ObjectMapper READY = org.irrt.jackson2.IrrtJson.newMapper();

    @Override
    public <T> T read(String json, Class<T> type) {
      return org.irrt.jackson2.IrrtJson.read(json, type);
    }

    @Override
    public <T> T read(byte[] json, Class<T> type) {
      return org.irrt.jackson2.IrrtJson.read(json, type);
    }

    @Override
    public <T> T readWithMapper(byte[] json, Class<T> type) throws Exception {
      return READY.readValue(json, type);
    }

    @Override
    public <T> T read(InputStream json, Class<T> type) {
      return org.irrt.jackson2.IrrtJson.read(json, type);
    }

    @Override
    public <T> T read(Path file, Class<T> type) {
      return org.irrt.jackson2.IrrtJson.read(file, type);
    }

    @Override
    public String write(Object value) {
      return org.irrt.jackson2.IrrtJson.write(value);
    }

    @Override
    public String writeCompact(Object value) {
      try {
        return READY.writeValueAsString(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public <T> T readWithMapper(String json, Class<T> type) {
      try {
        return READY.readValue(json, type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public <T> T hostRead(String json, Class<T> type, Host... settings) {
      Set<Host> set = Set.of(settings);
      var builder = com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
          .configure(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
              set.contains(Host.CASE_INSENSITIVE))
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              !set.contains(Host.IGNORE_UNKNOWN))
          .configure(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION,
              set.contains(Host.STRICT_DUPLICATES))
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
              set.contains(Host.FAIL_ON_MISSING_CREATOR))
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
              set.contains(Host.FAIL_ON_NULL_CREATOR))
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
              set.contains(Host.FAIL_ON_NULL_FOR_PRIMITIVES)
                  || com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES.enabledByDefault())
          .defaultSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(nulls(set)));
      try {
        return builder.build().readValue(json, type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String hostWrite(Object value) {
      try {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
            .writeValueAsString(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper HOST =
        new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

    @Override
    public Object hostReadGeneric(String json, java.lang.reflect.Type type) {
      try {
        return HOST.readValue(json, HOST.getTypeFactory().constructType(type));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String hostWriteSorted(Object value) {
      try {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
            .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build()
            .writeValueAsString(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public <T> T hostUpdate(String json, T into) {
      try {
        return HOST.readerForUpdating(into).readValue(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public <T> java.util.List<Object> hostReadValues(String json, Class<T> type) {
      java.util.List<Object> out = new java.util.ArrayList<>();
      try (com.fasterxml.jackson.databind.MappingIterator<T> values = HOST.readerFor(type).readValues(json)) {
        while (values.hasNext()) {
          try {
            out.add(values.next());
          } catch (org.irrt.model.common.InvalidValueException e) {
            out.add(e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }

    @Override
    public <T> T hostTreeToValue(String json, Class<T> type) {
      try {
        return HOST.treeToValue(HOST.readTree(json), type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public <T> T hostConvert(Object value, Class<T> type) {
      return HOST.convertValue(value, type);
    }

    @Override
    public String toString() {
      return "Jackson 2";
    }
  }

  /** The Jackson 3 adapter ({@code irrt-jackson3}). */
  public static final class Jackson3 implements JsonBinding {
    private static final tools.jackson.databind.json.JsonMapper READY = org.irrt.jackson3.IrrtJson.newMapper();

    @Override
    public <T> T read(String json, Class<T> type) {
      return org.irrt.jackson3.IrrtJson.read(json, type);
    }

    @Override
    public <T> T read(byte[] json, Class<T> type) {
      return org.irrt.jackson3.IrrtJson.read(json, type);
    }

    @Override
    public <T> T readWithMapper(byte[] json, Class<T> type) {
      return READY.readValue(json, type);
    }

    @Override
    public <T> T read(InputStream json, Class<T> type) {
      return org.irrt.jackson3.IrrtJson.read(json, type);
    }

    @Override
    public <T> T read(Path file, Class<T> type) {
      return org.irrt.jackson3.IrrtJson.read(file, type);
    }

    @Override
    public String write(Object value) {
      return org.irrt.jackson3.IrrtJson.write(value);
    }

    @Override
    public String writeCompact(Object value) {
      return READY.writeValueAsString(value);
    }

    @Override
    public <T> T readWithMapper(String json, Class<T> type) {
      return READY.readValue(json, type);
    }

    @Override
    public <T> T hostRead(String json, Class<T> type, Host... settings) {
      Set<Host> set = Set.of(settings);
      return tools.jackson.databind.json.JsonMapper.builder().findAndAddModules()
          .configure(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
              set.contains(Host.CASE_INSENSITIVE))
          .configure(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              !set.contains(Host.IGNORE_UNKNOWN))
          .configure(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION,
              set.contains(Host.STRICT_DUPLICATES))
          .configure(tools.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
              set.contains(Host.FAIL_ON_MISSING_CREATOR))
          .configure(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
              set.contains(Host.FAIL_ON_NULL_CREATOR))
          .configure(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
              set.contains(Host.FAIL_ON_NULL_FOR_PRIMITIVES)
                  || tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES.enabledByDefault())
          .changeDefaultNullHandling(n -> com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(nulls(set)))
          .build().readValue(json, type);
    }

    @Override
    public String hostWrite(Object value) {
      return tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build().writeValueAsString(value);
    }

    private static final tools.jackson.databind.json.JsonMapper HOST =
        tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();

    @Override
    public Object hostReadGeneric(String json, java.lang.reflect.Type type) {
      return HOST.readValue(json, HOST.getTypeFactory().constructType(type));
    }

    @Override
    public String hostWriteSorted(Object value) {
      return tools.jackson.databind.json.JsonMapper.builder().findAndAddModules()
          .enable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build().writeValueAsString(value);
    }

    @Override
    public <T> T hostUpdate(String json, T into) {
      return HOST.readerForUpdating(into).readValue(json);
    }

    @Override
    public <T> java.util.List<Object> hostReadValues(String json, Class<T> type) {
      java.util.List<Object> out = new java.util.ArrayList<>();
      try (tools.jackson.databind.MappingIterator<T> values = HOST.readerFor(type).readValues(json)) {
        while (values.hasNext()) {
          try {
            out.add(values.next());
          } catch (org.irrt.model.common.InvalidValueException e) {
            out.add(e);
          }
        }
      }
      return out;
    }

    @Override
    public <T> T hostTreeToValue(String json, Class<T> type) {
      return HOST.treeToValue(HOST.readTree(json), type);
    }

    @Override
    public <T> T hostConvert(Object value, Class<T> type) {
      return HOST.convertValue(value, type);
    }

    @Override
    public String toString() {
      return "Jackson 3";
    }
  }

  /** The host's default for {@code null}s among {@code settings}. */
  static com.fasterxml.jackson.annotation.Nulls nulls(Set<JsonBinding.Host> settings) {
    return settings.contains(JsonBinding.Host.NULLS_AS_EMPTY) ? com.fasterxml.jackson.annotation.Nulls.AS_EMPTY
        : settings.contains(JsonBinding.Host.NULLS_SKIP) ? com.fasterxml.jackson.annotation.Nulls.SKIP
        : settings.contains(JsonBinding.Host.NULLS_FAIL) ? com.fasterxml.jackson.annotation.Nulls.FAIL
        : com.fasterxml.jackson.annotation.Nulls.DEFAULT;
  }
}
