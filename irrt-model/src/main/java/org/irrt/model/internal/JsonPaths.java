package org.irrt.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * JSON locations as library paths: {@code linkGroups[1].links[3].url}. The adapters walk their
 * parser's context from the innermost level out and add each level here.
 */
public final class JsonPaths {
  /** A name that is a path part as it is. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

  private JsonPaths() {}

  /**
   * A path with a level outside it.
   *
   * @param inner the path so far, {@code ""} for none
   * @param name the level's property name, or {@code null} for an array index
   * @param index the array index, when {@code name} is {@code null}
   * @return e.g. {@code links[3].url} for {@code [3].url} and {@code links}
   */
  public static String outer(String inner, String name, int index) {
    String part = name != null ? name(name) : "[" + Math.max(index, 0) + "]";
    return inner.isEmpty() || inner.startsWith("[") ? part + inner : part + "." + inner;
  }

  /**
   * A path below another.
   *
   * @param base the outer path
   * @param relative a path relative to it
   * @return the joined path
   */
  public static String join(String base, String relative) {
    return Messages.violation(relative, "").under(base).path();
  }

  /**
   * A property name as a path part: plain names as they are; any other (control, bidi or non-ASCII
   * characters, an overlong name) quoted, escaped to printable ASCII and cut to 32 characters, so
   * that input can never forge a line of a report or a log.
   *
   * @param raw the name as read
   * @return the part
   */
  static String name(String raw) {
    if (PLAIN.matcher(raw).matches()) {
      return raw;
    }
    StringBuilder sb = new StringBuilder("[\"");
    for (int i = 0; i < raw.length() && i < 32; i++) {
      char c = raw.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        sb.append(c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    if (raw.length() > 32) {
      sb.append("...");
    }
    return sb.append("\"]").toString();
  }

  /** The proper ancestors of a path: {@code a}, {@code a.b} and {@code a.b[2]} for {@code a.b[2].c}. */
  static List<String> ancestors(String path) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        out.add(path.substring(0, i));
      }
    }
    if (!path.isEmpty()) {
      out.add("");
    }
    return out;
  }
}
