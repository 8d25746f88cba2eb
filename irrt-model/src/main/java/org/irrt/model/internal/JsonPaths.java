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
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if (ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
        || t == JsonToken.FIELD_NAME)) {
      ctx = ctx.getParent();
    }
    return of(ctx);
  }

  static String of(JsonStreamContext start) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        parts.add("[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
      } else if (ctx.inObject() && ctx.getCurrentName() != null) {
        parts.add(ctx.getCurrentName());
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
        parts.add(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        parts.add("[" + ref.getIndex() + "]");
      }
    }
    return join(parts);
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
