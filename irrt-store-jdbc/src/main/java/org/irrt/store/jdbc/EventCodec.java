package org.irrt.store.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Turns events into stored rows' type, type version and JSON payload, and back. The store calls it
 * outside any transaction for writes (so JSON costs no lock time) and for every row it reads.
 *
 * <p>The ready codec is built from a sealed event interface and the host's JSON adapter, passed as
 * two method references (the store itself depends on no JSON library):
 *
 * <pre>{@code
 * EventCodec<ApplicationEvent> codec = EventCodec.of(ApplicationEvent.class, IrrtJson::write, IrrtJson::read)
 *     .version(ApplicationCreated.class, 2)
 *     .upcaster(ApplicationCreated.class, 1, Upcasts::addChannel) // version 1 JSON to version 2
 *     .build();
 * }</pre>
 *
 * <p>Either adapter fits ({@code org.irrt.jackson2.IrrtJson} or {@code org.irrt.jackson3.IrrtJson}).
 * The type name is the record's simple name ({@code ApplicationCreated}); the permitted subclasses of
 * the sealed interface give the map; a type's version is 1 unless {@link Builder#version} says
 * otherwise. An event stored at an older version is brought up to date by the upcasters registered
 * for each version it passes, applied to its JSON text in order, then read as the current record:
 * old events stay in the table as they were written.
 *
 * @param <E> the event type
 */
public interface EventCodec<E> {
  /**
   * An event as stored.
   *
   * @param event the event
   * @return its type name, type version and JSON
   */
  Encoded encode(E event);

  /**
   * An event from its stored form, upcast when stored at an older version.
   *
   * @param type the type name
   * @param typeVersion the version it was stored at
   * @param payload its JSON
   * @return the event
   * @throws StoreException when the type is unknown, the version newer than this codec knows, an
   *     upcaster is missing, or the JSON cannot be read
   */
  E decode(String type, int typeVersion, String payload);

  /**
   * An event's stored form.
   *
   * @param type the type name, e.g. {@code ApplicationCreated}
   * @param typeVersion the version of the type's shape, from 1
   * @param payload the JSON text
   */
  record Encoded(String type, int typeVersion, String payload) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is null
     * @throws IllegalArgumentException when the version is below 1
     */
    public Encoded {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(payload, "payload");
      if (typeVersion < 1) {
        throw new IllegalArgumentException("type versions start at 1");
      }
    }
  }

  /** Writes a value as JSON text: {@code IrrtJson::write} of either adapter. */
  @FunctionalInterface
  interface JsonWriter {
    /**
     * Writes.
     *
     * @param value the value
     * @return its JSON
     */
    String write(Object value);
  }

  /** Reads JSON text as a type: {@code IrrtJson::read} of either adapter. */
  @FunctionalInterface
  interface JsonReader {
    /**
     * Reads.
     *
     * @param json the JSON
     * @param type the type
     * @param <T> the type
     * @return the value
     */
    <T> T read(String json, Class<T> type);
  }

  /**
   * A codec for every record permitted (directly, or through nested sealed interfaces) by a sealed
   * event interface.
   *
   * @param sealedType the sealed interface, e.g. {@code ApplicationEvent.class}
   * @param writer the adapter's writer
   * @param reader the adapter's reader
   * @param <E> the event type
   * @return a builder, for versions and upcasters
   * @throws IllegalArgumentException when the type is not sealed, or two records share a simple name
   */
  static <E> Builder<E> of(Class<E> sealedType, JsonWriter writer, JsonReader reader) {
    return new Builder<>(sealedType, writer, reader);
  }

  /**
   * Versions and upcasters of a sealed codec.
   *
   * @param <E> the event type
   */
  final class Builder<E> {
    private final JsonWriter writer;
    private final JsonReader reader;
    private final Map<String, Class<? extends E>> types = new HashMap<>();
    private final Map<Class<?>, Integer> versions = new HashMap<>();
    private final Map<String, UnaryOperator<String>> upcasters = new HashMap<>();

    private Builder(Class<E> sealedType, JsonWriter writer, JsonReader reader) {
      Objects.requireNonNull(sealedType, "sealedType");
      this.writer = Objects.requireNonNull(writer, "writer");
      this.reader = Objects.requireNonNull(reader, "reader");
      if (!sealedType.isSealed()) {
        throw new IllegalArgumentException(sealedType.getName() + " is not sealed");
      }
      collect(sealedType, sealedType);
    }

    private void collect(Class<E> root, Class<?> type) {
      for (Class<?> c : type.getPermittedSubclasses()) {
        if (c.isSealed()) {
          collect(root, c);
        } else {
          Class<? extends E> event = c.asSubclass(root);
          Class<? extends E> other = types.putIfAbsent(c.getSimpleName(), event);
          if (other != null) {
            throw new IllegalArgumentException("two event types are named " + c.getSimpleName() + ": "
                + other.getName() + " and " + c.getName());
          }
        }
      }
    }

    private void check(Class<? extends E> type) {
      Objects.requireNonNull(type, "type");
      if (types.get(type.getSimpleName()) != type) {
        throw new IllegalArgumentException(type.getName() + " is not one of the sealed interface's records");
      }
    }

    /**
     * The current version of a type's shape: raise it when a field is added, renamed or removed,
     * and register an {@link #upcaster} from the version before.
     *
     * @param type the record
     * @param version its version, from 1
     * @return this builder
     * @throws IllegalArgumentException when the type is not one of the codec's or the version below 1
     */
    public Builder<E> version(Class<? extends E> type, int version) {
      check(type);
      if (version < 1) {
        throw new IllegalArgumentException("type versions start at 1");
      }
      versions.put(type, version);
      return this;
    }

    /**
     * Brings the JSON of a type stored at one version to the next: e.g. adds the field that version
     * {@code fromVersion + 1} added, with the value old events mean.
     *
     * @param type the record
     * @param fromVersion the version the text is at
     * @param upcast the change, from JSON text to JSON text
     * @return this builder
     * @throws IllegalArgumentException when the type is not one of the codec's or the version below 1
     */
    public Builder<E> upcaster(Class<? extends E> type, int fromVersion, UnaryOperator<String> upcast) {
      Objects.requireNonNull(upcast, "upcast");
      check(type);
      if (fromVersion < 1) {
        throw new IllegalArgumentException("type versions start at 1");
      }
      upcasters.put(type.getSimpleName() + "@" + fromVersion, upcast);
      return this;
    }

    /**
     * The codec.
     *
     * @return it
     * @throws IllegalStateException when a type's version above 1 lacks the upcaster from a version
     *     before it
     */
    public EventCodec<E> build() {
      List<String> missing = new ArrayList<>();
      versions.forEach((type, version) -> {
        for (int v = 1; v < version; v++) {
          if (!upcasters.containsKey(type.getSimpleName() + "@" + v)) {
            missing.add(type.getSimpleName() + " from version " + v);
          }
        }
      });
      if (!missing.isEmpty()) {
        throw new IllegalStateException("upcasters missing: " + String.join(", ", missing.stream().sorted().toList()));
      }
      return new SealedEventCodec<>(Map.copyOf(types), Map.copyOf(versions), Map.copyOf(upcasters), writer, reader);
    }
  }
}
