package org.irrt.workflow;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a command was refused: the guard or policy that refused it, a stable code, and arguments for
 * a message in the seven languages IFLA works in (Arabic, Chinese, English, French, German, Russian,
 * Spanish). A refusal is an expected business outcome, a value, never
 * an exception.
 *
 * @param rule the name of the guard or policy, e.g. {@code committeeSizeLimit}
 * @param code the message key, e.g. {@code org.irrt.workflow.committee.full}
 * @param args message arguments: ids, numbers, {@link Word}s (a state or command in the reader's
 *     words) or lists of words (shown as "a, b or c" in the reader's language); never personal data
 */
public record Refusal(String rule, String code, Object... args) {
  private static final String BUNDLE = "org.irrt.workflow.WorkflowMessages";
  /** The English bundle, for a locale without one (never the JVM default's; see {@link #bundle}). */
  private static final ResourceBundle BASE = base();

  /**
   * Checks the parts.
   *
   * @throws NullPointerException when rule, code or args is null
   */
  public Refusal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(code, "code");
    args = Objects.requireNonNull(args, "args").clone();
  }

  /**
   * The message in a language (Arabic, Chinese, English, French, German, Russian, Spanish; others
   * get English), an ICU4J {@code MessageFormat}: a count takes its language's CLDR plural forms.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    ResourceBundle bundle = bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(code);
    } catch (MissingResourceException e) {
      return code;
    }
    // a list is joined in the message's language: English for a reader whose language has no bundle
    Locale joining = bundle == BASE && !locale.getLanguage().equals("en") ? Locale.ENGLISH : locale;
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = shown(args[i], locale, joining);
    }
    return new MessageFormat(pattern, locale).format(shown);
  }

  /**
   * An argument as shown: a word in the reader's language, a list of them as ICU joins alternatives
   * in the message's language ({@code joining}: the reader's, or English when it has no bundle).
   */
  private static Object shown(Object arg, Locale locale, Locale joining) {
    if (arg instanceof Word w) {
      return w.in(locale);
    }
    if (arg instanceof List<?> list) {
      return ListFormatter.getInstance(ULocale.forLocale(joining), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
          .format(list.stream().map(a -> shown(a, locale, joining)).toList());
    }
    return arg;
  }

  /**
   * A message argument shown in the reader's words: a workflow's state or command, by its key in the
   * workflows' bundle ({@code org.irrt.workflow.command.APPROVE}, {@code
   * org.irrt.workflow.membership-application.state.SUBMITTED}), or as its code where the bundle has
   * no such key (a host's own workflow). States have a key per workflow, so that a word agrees with
   * what it describes (in French, <i>la demande</i> is <i>soumise</i>, <i>le billet</i> is
   * <i>soumis</i>).
   *
   * @param key the message key
   * @param code what is shown without the key, e.g. {@code APPROVE}
   */
  public record Word(String key, String code) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when key or code is null
     */
    public Word {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(code, "code");
    }

    /**
     * A command, e.g. "approve" for {@code ApplicationCommand.Approve}.
     *
     * @param command the command type
     * @return its word
     */
    public static Word command(Class<?> command) {
      return command(WorkflowDefinition.commandName(command));
    }

    /**
     * A command by the code an event's header keeps, e.g. "start review" for {@code START_REVIEW}.
     *
     * @param name the command's code ({@link WorkflowDefinition#commandName})
     * @return its word
     */
    public static Word command(String name) {
      Objects.requireNonNull(name, "name");
      return new Word("org.irrt.workflow.command." + name, name);
    }

    /**
     * A state of a workflow, e.g. "submitted" for {@code SUBMITTED} of {@code membership-application}.
     *
     * @param workflow the workflow's name ({@link WorkflowDefinition#name()})
     * @param state the state
     * @return its word
     */
    public static Word state(String workflow, Enum<?> state) {
      Objects.requireNonNull(workflow, "workflow");
      Objects.requireNonNull(state, "state");
      return new Word("org.irrt.workflow." + workflow + ".state." + state.name(), state.name());
    }

    /**
     * The word in a language (Arabic, Chinese, English, French, German, Russian, Spanish; others get
     * English), or the code when the bundle has no such key.
     *
     * @param locale the reader's locale
     * @return the word
     */
    public String in(Locale locale) {
      ResourceBundle bundle = bundle(Objects.requireNonNull(locale, "locale"));
      return bundle.containsKey(key) ? bundle.getString(key) : code;
    }
  }

  /**
   * A refusal when a rule is broken: the shape of every guard's answer.
   *
   * @param broken whether the rule is broken
   * @param rule the guard's name
   * @param code the message key
   * @param args message arguments (ids, numbers; never personal data)
   * @return the refusal, or empty when the rule holds
   */
  public static java.util.Optional<Refusal> when(boolean broken, String rule, String code, Object... args) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(args, "args");
    return broken ? java.util.Optional.of(new Refusal(rule, code, args)) : java.util.Optional.empty();
  }

  /** The longest reason or editorial comment, in code points. */
  public static final int MAX_REASON = 4000;

  /**
   * The refusal of a reason (or an editorial comment) that is missing or is not valid text: blank,
   * longer than {@value #MAX_REASON} code points, or holding control characters other than line
   * breaks and tabs, bidirectional overrides or invalid characters (the rules of {@code @ValidText}).
   *
   * @param rule the guard's name
   * @param reason the text given; {@code null} is a missing reason
   * @return the refusal ({@code org.irrt.workflow.reasonRequired} or {@code
   *     org.irrt.workflow.reasonInvalid}), or empty when the reason is valid
   */
  public static java.util.Optional<Refusal> ofReason(String rule, String reason) {
    Objects.requireNonNull(rule, "rule");
    if (reason == null || reason.isBlank()) {
      return java.util.Optional.of(new Refusal(rule, "org.irrt.workflow.reasonRequired"));
    }
    return org.irrt.model.common.TextRules.check("reason", reason, MAX_REASON, true)
        .map(v -> new Refusal(rule, "org.irrt.workflow.reasonInvalid", MAX_REASON));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Refusal r && r.rule.equals(rule) && r.code.equals(code) && Arrays.equals(r.args, args);
  }

  @Override
  public int hashCode() {
    return rule.hashCode() * 31 + code.hashCode();
  }

  /** Returns {@code rule: message} in English. */
  @Override
  public String toString() {
    return rule + ": " + message(Locale.ENGLISH);
  }

  /**
   * The bundle of a locale's language, else English (also for the root locale, which has no
   * language). {@code ResourceBundle.getBundle} falls back to the JVM's default locale, and a named
   * module may not give it a {@code Control} that does not.
   */
  private static ResourceBundle bundle(Locale locale) {
    ResourceBundle found = ResourceBundle.getBundle(BUNDLE, locale);
    return !locale.getLanguage().isEmpty() && found.getLocale().getLanguage().equals(locale.getLanguage())
        ? found : BASE;
  }

  private static ResourceBundle base() {
    try (java.io.InputStream in = Refusal.class.getResourceAsStream("/org/irrt/workflow/WorkflowMessages.properties")) {
      return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("the bundle " + BUNDLE + " is missing", e);
    }
  }
}
