package org.irrt.store.jdbc;

import java.util.Map;
import java.util.function.UnaryOperator;

/** The codec {@link EventCodec#of} builds: type names from a sealed interface, upcasters by version. */
final class SealedEventCodec<E> implements EventCodec<E> {
  private final Map<String, Class<? extends E>> types;
  private final Map<Class<?>, Integer> versions;
  private final Map<String, UnaryOperator<String>> upcasters;
  private final JsonWriter writer;
  private final JsonReader reader;

  SealedEventCodec(Map<String, Class<? extends E>> types, Map<Class<?>, Integer> versions,
      Map<String, UnaryOperator<String>> upcasters, JsonWriter writer, JsonReader reader) {
    this.types = types;
    this.versions = versions;
    this.upcasters = upcasters;
    this.writer = writer;
    this.reader = reader;
  }

  @Override
  public Encoded encode(E event) {
    Class<?> type = event.getClass();
    if (types.get(type.getSimpleName()) != type) {
      throw new IllegalArgumentException(type.getName() + " is not one of the codec's event types");
    }
    return new Encoded(type.getSimpleName(), versions.getOrDefault(type, 1), writer.write(event));
  }

  @Override
  public E decode(String type, int typeVersion, String payload) {
    Class<? extends E> c = types.get(type);
    if (c == null) {
      throw new StoreException("decode", "unknown event type " + type, null);
    }
    int current = versions.getOrDefault(c, 1);
    if (typeVersion > current) {
      throw new StoreException("decode", type + " stored at version " + typeVersion + ", newer than this codec's "
          + current + " (a newer host wrote it)", null);
    }
    try {
      String json = payload;
      for (int v = typeVersion; v < current; v++) {
        json = upcasters.get(type + "@" + v).apply(json); // the host's function, on a row that may be broken
      }
      return c.cast(reader.read(json, c));
    } catch (RuntimeException e) {
      throw new StoreException("decode", type + " at version " + typeVersion + " cannot be read", e);
    }
  }
}
