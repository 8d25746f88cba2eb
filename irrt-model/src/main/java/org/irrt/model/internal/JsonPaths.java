package org.irrt.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** JSON locations as library paths: {@code linkGroups[1].links[3].url}. */
final class JsonPaths {
  private JsonPaths() {}

  /**
   * The path of the value at which the parser stands: for a scalar, the property holding it; for an
   * object or array just opened (or closed), the property holding that container.
   */
  static String of(JsonParser p) {
    return of(owner(p));
  }

  /**
   * The context whose current name or index locates the value at which the parser stands; {@link
   * #of(JsonStreamContext)} of it, computed while that value is being read, is the value's path.
   */
  static JsonStreamContext owner(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if (ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
        || t == JsonToken.FIELD_NAME)) {
      ctx = ctx.getParent();
    }
    return ctx;
  }

  static String of(JsonStreamContext start) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        parts.add("[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
      } else if (ctx.inObject() && ctx.getCurrentName() != null) {
        parts.add(name(ctx.getCurrentName()));
      }
    }
    Collections.reverse(parts);
    return join(parts);
  }

  /** The path recorded in a Jackson exception. */
  static String of(JsonMappingException e) {
    List<String> parts = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        parts.add(name(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        parts.add("[" + ref.getIndex() + "]");
      }
    }
    return join(parts);
  }

  /**
   * A property name as a path part: plain names as they are; any other (control, bidi or non-ASCII
   * characters, an overlong name) quoted, escaped to printable ASCII and cut to 32 characters, so
   * that input can never forge a line of a report or a log.
   */
  static String name(String raw) {
    if (isPlain(raw)) {
      return raw;
    }
    StringBuilder sb = new StringBuilder("[\"");
    int shown = 0;
    for (int i = 0; i < raw.length() && shown < 32; i++, shown++) {
      char c = raw.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    if (raw.length() > 32) {
      sb.append("...");
    }
    return sb.append("\"]").toString();
  }

  /** Whether a name is {@code [A-Za-z_][A-Za-z0-9_-]{0,63}}. */
  private static boolean isPlain(String raw) {
    int n = raw.length();
    if (n == 0 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  private static String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (sb.length() > 0 && !part.startsWith("[")) {
        sb.append('.');
      }
      sb.append(part);
    }
    return sb.toString();
  }
}
