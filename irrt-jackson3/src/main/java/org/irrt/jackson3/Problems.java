package org.irrt.jackson3;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.CharConversionException;
import java.util.List;
import org.irrt.model.common.Violation;
import org.irrt.model.internal.JsonErrors;
import org.irrt.model.internal.JsonPaths;
import org.irrt.model.internal.JsonProblems;
import org.irrt.model.internal.JsonReading;
import org.irrt.model.internal.ValueTypes;

/**
 * The problem handler that records a property a library value does not have and lets the read go
 * on; outside a library value it declines, so a host's own types see no change; it honours the
 * host's {@code FAIL_ON_UNKNOWN_PROPERTIES}. And {@link #READING}: what of {@link JsonReading} is
 * Jackson 3's own.
 */
final class Problems extends DeserializationProblemHandler {

  /** The reading of library values with Jackson 3's parser; what Jackson 3 reports, as violations with paths. */
  static final JsonReading<JsonParser, TokenStreamContext, DeserializationContext> READING = new JsonReading<>() {
    @Override
    public JsonProblems problems(DeserializationContext ctxt) {
      return (JsonProblems) ctxt.getAttribute(JsonProblems.class);
    }

    @Override
    protected void keep(DeserializationContext ctxt, JsonProblems problems) {
      ctxt.setAttribute(JsonProblems.class, problems);
    }

    @Override
    protected TokenStreamContext owner(JsonParser p) {
      TokenStreamContext ctx = p.streamReadContext();
      JsonToken t = p.currentToken();
      return ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.PROPERTY_NAME)
          ? ctx.getParent() : ctx;
    }

    @Override
    protected String path(TokenStreamContext start) {
      String path = "";
      for (TokenStreamContext ctx = start; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
        if (ctx.inArray()) {
          path = JsonPaths.outer(path, null, ctx.getCurrentIndex());
        } else if (ctx.currentName() != null) {
          path = JsonPaths.outer(path, ctx.currentName(), 0);
        }
      }
      return path;
    }

    @Override
    protected boolean caseInsensitive(DeserializationContext ctxt) {
      return ctxt.isEnabled(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES);
    }

    @Override
    protected String relative(Throwable e) {
      String path = "";
      if (e instanceof JacksonException jme) {
        List<JacksonException.Reference> refs = jme.getPath();
        for (int i = refs.size() - 1; i >= 0; i--) {
          if (refs.get(i).getPropertyName() != null) {
            path = JsonPaths.outer(path, refs.get(i).getPropertyName(), 0);
          } else if (refs.get(i).getIndex() >= 0) {
            path = JsonPaths.outer(path, null, refs.get(i).getIndex());
          }
        }
      }
      return path;
    }

    @Override
    protected Exception skipTo(JsonParser p, TokenStreamContext owner) {
      try {
        while (p.streamReadContext() != owner && p.nextToken() != null) {
          // skip what is left of the value
        }
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    }

    @Override
    protected boolean isFatal(Throwable e) {
      StreamReadException read = JsonErrors.find(e, StreamReadException.class);
      StreamConstraintsException limit = JsonErrors.find(e, StreamConstraintsException.class);
      return read != null && !(read instanceof InputCoercionException)
          || limit != null && List.of("document", "depth").contains(JsonErrors.limitKind(limit.getMessage()))
          || JsonErrors.find(e, JsonProblems.TooManyProblems.class) != null
          || JsonErrors.find(e, CharConversionException.class) != null;
    }

    @Override
    protected Violation violation(Throwable e, JsonParser p, String base, String at) {
      StreamConstraintsException limit = JsonErrors.find(e, StreamConstraintsException.class);
      if (limit != null) {
        // a name too long belongs to the object being read: the parser still stands at the token before it
        boolean name = JsonErrors.limitKind(limit.getMessage()).equals("name");
        return JsonErrors.limit(p == null ? base
            : name ? path(p.streamReadContext().getParent()) : path(owner(p)), limit.getMessage());
      }
      if (JsonErrors.find(e, InputCoercionException.class) != null) {
        return JsonErrors.at(at, "numberRange");
      }
      StreamReadException read = JsonErrors.find(e, StreamReadException.class);
      if (read != null) {
        if (String.valueOf(read.getOriginalMessage()).startsWith("Duplicate Object property \"") && p != null) {
          return JsonErrors.at(path(p.streamReadContext()), "duplicate");
        }
        TokenStreamLocation where = read.getLocation();
        return JsonErrors.malformed(where == null ? -1 : where.getLineNr(), where == null ? -1 : where.getColumnNr());
      }
      if (e instanceof UnrecognizedPropertyException) {
        return JsonErrors.at(at, "unknownProperty");
      }
      if (e instanceof InvalidFormatException ife) {
        return JsonErrors.type(at, ife.getTargetType());
      }
      if (e instanceof MismatchedInputException mie) {
        return JsonErrors.mismatch(at, String.valueOf(mie.getOriginalMessage()), mie.getTargetType());
      }
      return null;
    }

    @Override
    protected String textPath(JsonParser p, long stringStart) {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.currentTokenLocation().getByteOffset() == stringStart) {
        return path(owner(p));
      }
      return p.streamReadContext() == null ? "" : path(p.streamReadContext().getParent());
    }
  };

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
      ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
    return READING.unknownProperty(ctxt, p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        && deserializer != null && ValueTypes.isLibraryType(deserializer.handledType()));
  }
}
