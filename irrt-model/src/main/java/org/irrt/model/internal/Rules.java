package org.irrt.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.irrt.model.common.Violation;

/**
 * Collects the violations of a value's own structural rules (those that span attributes, such as
 * "minimum seats not above maximum"), next to its Bean Validation constraints.
 */
public final class Rules {
  private List<Violation> violations = List.of(); // a list of its own on the first violation

  /**
   * A value type's structural rules.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks the value and reports to {@code rules}.
     *
     * @param value the value
     * @param rules where to report
     */
    void check(T value, Rules rules);
  }

  /**
   * Reports a violation unless the rule holds.
   *
   * @param holds whether the rule holds
   * @param path where
   * @param code the message key in the library bundle
   * @param args message arguments
   */
  public void require(boolean holds, String path, String code, Object... args) {
    if (!holds) {
      add(Messages.violation(path, code, args));
    }
  }

  /**
   * Reports every entry of a list whose key (an id, a role, a month) an earlier entry of the list
   * already has, at {@code list[i].field}, naming the first entry with that key by its path
   * ({@code list[j]}), never the key itself: a key may be personal data, and the path is what a
   * reader needs to find the other entry in a long file. Entries and keys that are {@code null}
   * are skipped (their own rules report them).
   *
   * @param <T> the entries' type
   * @param list the list's path, e.g. {@code members} or {@code links}
   * @param items the entries
   * @param key an entry's key
   * @param field the key's property, e.g. {@code id}
   * @param code the message key; its pattern takes the earlier entry's path as {@code {0}}
   */
  public <T> void unique(String list, List<T> items, Function<? super T, ?> key, String field, String code) {
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      Object k = item == null ? null : key.apply(item);
      if (k == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(k, i);
      if (earlier != null) {
        add(Messages.naming(list + "[" + i + "]." + field, code, list + "[" + earlier + "]"));
      }
    }
  }

  /**
   * Reports a violation whose message names another entry of the document by its path (see {@link
   * Messages#naming}).
   *
   * @param path where
   * @param code the message key; its pattern takes {@code other} as {@code {0}}
   * @param other the other entry's path, from the same root as {@code path}
   */
  public void naming(String path, String code, String other) {
    add(Messages.naming(path, code, other));
  }

  /**
   * Reports violations found elsewhere, under a path.
   *
   * @param prefix the path of the part checked
   * @param found the violations of the part
   */
  public void addAll(String prefix, List<Violation> found) {
    for (Violation v : found) {
      add(v.under(prefix));
    }
  }

  List<Violation> violations() {
    return violations;
  }

  private void add(Violation v) {
    if (violations.isEmpty()) {
      violations = new ArrayList<>();
    }
    violations.add(v);
  }
}
