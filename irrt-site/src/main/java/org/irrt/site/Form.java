package org.irrt.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Refusal;
import org.springframework.ui.Model;

/**
 * What a page shows about a form sent: irrt's violations beside their fields and its refusals in
 * words, each in the visitor's language ({@code Accept-Language}; the library's bundles have seven).
 * A violation's path names the field ({@code email}, {@code title}); one whose first segment is not a
 * field of the form is shown with the refusals, above the form.
 */
final class Form {
  private final Locale locale;
  private final Map<String, List<String>> errors = new LinkedHashMap<>();
  private final List<String> refusals = new ArrayList<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();
  private final Map<String, String> refusalFields = new LinkedHashMap<>();

  Form(Locale locale) {
    this.locale = locale;
  }

  /** Shows the violations of a model path (e.g. {@code installmentCount}) beside a form field. */
  Form alias(String path, String field) {
    aliases.put(path, field);
    return this;
  }

  /**
   * Shows a refusal of a workflow's rule (its {@link Refusal#rule}, e.g. {@code reasonGiven}) beside
   * the form field it is about, instead of above the form.
   */
  Form refusalAt(String rule, String field) {
    refusalFields.put(rule, field);
    return this;
  }

  /** Builds a value, or records its violations under a field (or under their own paths). */
  <T> T check(String field, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      for (Violation v : e.violations()) {
        add(field.isEmpty() ? v.path() : field, v.message(locale));
      }
      return null;
    }
  }

  /** Checks a text field as irrt checks text ({@code @ValidText}: not blank, no control characters...). */
  String text(String field, String value, int max, boolean multiline) {
    org.irrt.model.common.TextRules.check(field, value == null ? "" : value, max, multiline)
        .ifPresent(v -> add(field, v.message(locale)));
    return value == null ? "" : value.strip();
  }

  /**
   * A date as the form's message writes it, {@code YYYY-MM-DD}: the year in exactly four digits and no
   * sign (ISO 8601's basic range, 0000 to 9999), checked strictly (no 30 February). {@code
   * LocalDate.parse} also reads years such as {@code +999999999}, which overflowed when shown.
   */
  static final java.time.format.DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder()
      .appendValue(java.time.temporal.ChronoField.YEAR, 4).appendLiteral('-')
      .appendValue(java.time.temporal.ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
      .appendValue(java.time.temporal.ChronoField.DAY_OF_MONTH, 2).toFormatter(Locale.ROOT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE)
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /** A local date and time, {@code YYYY-MM-DDTHH:MM[:SS]}: {@link #DATE}, a {@code T} and ISO 8601's local time. */
  static final java.time.format.DateTimeFormatter DATE_TIME = new java.time.format.DateTimeFormatterBuilder()
      .append(DATE).appendLiteral('T').append(java.time.format.DateTimeFormatter.ISO_LOCAL_TIME).toFormatter(Locale.ROOT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE)
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  void add(String field, String message) {
    String first = field.isEmpty() ? "form" : field.split("[.\\[]", 2)[0];
    String key = aliases.getOrDefault(first, first);
    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
  }

  /**
   * The reasons of a refused outcome, each beside its field when its rule has one ({@link #refusalAt}),
   * else above the form; true when the outcome was accepted.
   */
  boolean accepted(Outcome<?, ?> outcome) {
    if (outcome instanceof Outcome.Refused<?, ?> r) {
      for (Refusal reason : r.reasons()) {
        String field = refusalFields.get(reason.rule());
        if (field == null) {
          refusals.add(reason.message(locale));
        } else {
          add(field, reason.message(locale));
        }
      }
      return false;
    }
    return true;
  }

  boolean ok() {
    return errors.isEmpty() && refusals.isEmpty();
  }

  /** Puts the errors and refusals on the page, the fields known to the form beside them. */
  void show(Model model, List<String> fields) {
    Map<String, List<String>> beside = new LinkedHashMap<>();
    List<String> above = new ArrayList<>(refusals);
    errors.forEach((field, messages) -> {
      if (fields.contains(field)) {
        beside.put(field, messages);
      } else {
        messages.forEach(m -> above.add(field + ": " + m));
      }
    });
    model.addAttribute("errors", beside);
    model.addAttribute("refusals", above);
  }
}
