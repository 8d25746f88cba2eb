package org.irrt.model.json;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * What the conformance suite asks of a JSON adapter: its ready mapper ({@code IrrtJson}) and a
 * host's own mapper with the adapter's module found by {@code ServiceLoader}, as hosts set them up.
 * Every method throws what the adapter throws, unwrapped where the adapter's API wraps nothing.
 */
public interface JsonBinding {
  /** Settings a host may have on its own mapper. */
  enum Host {
    /** Property names matched without regard to case. */
    CASE_INSENSITIVE,
    /** Unknown properties skipped. */
    IGNORE_UNKNOWN,
    /** The parser refuses a repeated key. */
    STRICT_DUPLICATES,
    /** {@code FAIL_ON_MISSING_CREATOR_PROPERTIES}: a creator's part left out is refused. */
    FAIL_ON_MISSING_CREATOR,
    /** {@code FAIL_ON_NULL_CREATOR_PROPERTIES}: a creator's part left out or {@code null} is refused. */
    FAIL_ON_NULL_CREATOR,
    /** {@code FAIL_ON_NULL_FOR_PRIMITIVES}: a {@code null} for a primitive part is refused (Jackson 3's default). */
    FAIL_ON_NULL_FOR_PRIMITIVES,
    /** The host's default for {@code null}s: {@code Nulls.AS_EMPTY} (a {@code null} reads as the type's empty value). */
    NULLS_AS_EMPTY,
    /** The host's default for {@code null}s: {@code Nulls.SKIP} (a {@code null} is as if left out). */
    NULLS_SKIP,
    /** The host's default for {@code null}s: {@code Nulls.FAIL} (a {@code null} is refused). */
    NULLS_FAIL
  }

  /** {@code IrrtJson.read(String, type)}. */
  <T> T read(String json, Class<T> type);

  /** {@code IrrtJson.read(byte[], type)}. */
  <T> T read(byte[] json, Class<T> type);

  /** {@code IrrtJson.newMapper().readValue(bytes, type)}, throwing what the mapper throws. */
  <T> T readWithMapper(byte[] json, Class<T> type) throws Exception;

  /** {@code IrrtJson.read(InputStream, type)}. */
  <T> T read(InputStream json, Class<T> type);

  /** {@code IrrtJson.read(Path, type)}. */
  <T> T read(Path file, Class<T> type);

  /** {@code IrrtJson.write(value)}: canonical text. */
  String write(Object value);

  /** {@code IrrtJson.newMapper().writeValueAsString(value)}: compact text. */
  String writeCompact(Object value);

  /** {@code IrrtJson.newMapper().readValue(json, type)}: the ready mapper, for any type of a host. */
  <T> T readWithMapper(String json, Class<T> type);

  /** A host's mapper with default settings but those given, and the module found by ServiceLoader. */
  <T> T hostRead(String json, Class<T> type, Host... settings);

  /** A host's mapper with default settings and the module found by ServiceLoader. */
  String hostWrite(Object value);

  /** {@code hostRead} of a generic type ({@code Envelope<LinkGroup>}), with default settings. */
  Object hostReadGeneric(String json, java.lang.reflect.Type type);

  /** {@code hostWrite} with the host's {@code SORT_PROPERTIES_ALPHABETICALLY} on. */
  String hostWriteSorted(Object value);

  /** A host's mapper's {@code readerForUpdating(into).readValue(json)}, the module found by ServiceLoader. */
  <T> T hostUpdate(String json, T into);

  /**
   * A host's mapper's {@code readerFor(type).readValues(json)}: each value read, or its {@code
   * InvalidValueException}, in order.
   */
  <T> java.util.List<Object> hostReadValues(String json, Class<T> type);

  /** A host's mapper's {@code treeToValue(readTree(json), type)}. */
  <T> T hostTreeToValue(String json, Class<T> type);

  /** A host's mapper's {@code convertValue(value, type)}. */
  <T> T hostConvert(Object value, Class<T> type);
}
