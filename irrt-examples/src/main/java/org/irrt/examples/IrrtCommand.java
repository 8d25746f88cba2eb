package org.irrt.examples;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.roundtable.RoundTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code irrt} command line: runs the example programs on the bundled IRRT data or on a user's
 * file.
 *
 * <pre>
 * irrt tour [FILE]                the overview a member sees on the round table's page
 * irrt validate FILE [--lang=es]  every problem of a round-table JSON file, with its path
 *                                 (--lang also before the command: irrt --lang=es validate FILE)
 * irrt export [FILE] [-o OUT]     the data as canonical JSON
 * irrt memberships [FILE] [--date=D] [--zone=Z]  statuses, grace, reminders and dues on a day
 * irrt workflows [ACTIONS]        applications and volunteer forms through the workflows; rosters
 * irrt blog [POST.md] [--publish-at=T] [-o OUT.html]  a post through review to scheduled publication
 * irrt campaign [FILE] [--date=D] [--chart=OUT.svg]  campaign progress, overdue installments, reminders
 * irrt freelinks [FILE] [--language=L] [--topic=T] [--format=F] [--on=D]  Free Links queries
 * </pre>
 *
 * <p>Exit status: 0 success, 1 invalid data, 2 wrong usage, 3 unreadable file. An argument that
 * cannot be converted (a date, a date and time, a time zone, a language tag, a path) is wrong usage:
 * picocli's own report of it names the option and the form expected ({@code converters}), never a
 * Java type.
 *
 * <p>Languages: every line of the command line's own, and its {@code --help}, come from the bundle
 * {@code IrrtCommandMessages} in Arabic, Chinese, English, French, German, Russian and Spanish
 * ({@link CliMessages}; picocli reads the help texts from the same bundle, by qualified keys such as
 * {@code irrt.validate.usage.description}, over the English in the annotations). {@code --lang}
 * chooses; without it the system's language, or English.
 *
 * <p>Quiet: Hibernate Validator announces its version on first use through JBoss Logging, which here
 * (no logging framework on the class path) is {@code java.util.logging}; the command line sets the
 * level of the logger {@code org.hibernate.validator} alone to {@code WARNING}, so that only what a
 * user asked for is printed.
 */
@Command(name = "irrt", mixinStandardHelpOptions = true, version = "irrt 0.1.0", resourceBundle = CliMessages.BUNDLE,
    description = "Example programs of the irrt library on round-table data.",
    subcommands = {IrrtCommand.Tour.class, IrrtCommand.Validate.class, IrrtCommand.Export.class,
        IrrtCommand.Memberships.class, IrrtCommand.Workflows.class, IrrtCommand.Blog.class,
        IrrtCommand.CampaignReport.class, IrrtCommand.FreeLinks.class})
public final class IrrtCommand implements Callable<Integer> {
  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", paramLabel = "TAG", scope = CommandLine.ScopeType.INHERIT,
      description = "Language of messages: ar, de, en, es, fr, ru or zh (default: the system's).")
  Locale lang;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * Runs the command line, on a terminal or not: long work (validating a large file) shows a
   * progress bar on standard error only on a terminal.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param terminal whether the user watches a terminal ({@code System.console() != null})
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    // Hibernate Validator announces its version through java.util.logging; a command line need not.
    QUIET.setLevel(java.util.logging.Level.WARNING);
    IrrtCommand root = new IrrtCommand();
    root.out = out;
    root.err = err;
    root.terminal = terminal;
    CommandLine cl = converters(new CommandLine(root));
    // --help and usage errors come before the option is set: read --lang from the arguments first.
    root.messages = CliMessages.of(requestedLocale(args));
    cl.setResourceBundle(root.messages.bundle());
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler(root::usageError);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ArithmeticException || e instanceof java.time.DateTimeException
          || e instanceof InvalidValueException) {
        // data that passed every check but leads out of range (sums beyond 18 digits, dates beyond
        // year 999,999,999): invalid data, not a fault of the program
        err.println(root.messages.get("error.outOfRange", e instanceof java.time.DateTimeException
            ? "date" : e instanceof ArithmeticException ? "amount" : "value"));
        return ValidateExample.INVALID;
      }
      err.println(root.messages.get("error.internal", e.getClass().getSimpleName()));
      return 70;
    });
    return cl.execute(args);
  }

  /** The locale {@code --lang} names among the arguments, or the system's; {@code --lang} is parsed again later. */
  private static Locale requestedLocale(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String tag = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (tag != null) {
        try {
          return new Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
          return Locale.ENGLISH; // refused with the usage when parsed
        }
      }
    }
    return Locale.getDefault();
  }

  /**
   * Reports wrong usage in the reader's language: picocli's own reports of a value that cannot be
   * converted, a missing parameter and an unknown argument, rendered from the bundle; any other in
   * picocli's English. Then the usage, and status 2.
   */
  private int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter w = cmd.getErr();
    String message = e.getMessage();
    if (e.getCause() instanceof CommandLine.TypeConversionException conversion && e.getArgSpec() != null) {
      message = e.getArgSpec() instanceof CommandLine.Model.OptionSpec option
          ? messages.get("usage.invalidOption", option.longestName(), conversion.getMessage())
          : messages.get("usage.invalidPositional", ((CommandLine.Model.PositionalParamSpec) e.getArgSpec()).index()
              .toString(), e.getArgSpec().paramLabel(), conversion.getMessage());
    } else if (e instanceof CommandLine.MissingParameterException missing
        && missing.getMissing().stream().allMatch(CommandLine.Model.ArgSpec::isPositional)) {
      message = messages.get("usage.missing", missing.getMissing().size(), missing.getMissing().stream()
          .map(a -> "'" + a.paramLabel() + "'").collect(java.util.stream.Collectors.joining(", ")));
    } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      message = messages.get("usage.unmatched", unmatched.getUnmatched().size(), unmatched.getUnmatched().stream()
          .map(a -> "'" + a + "'").collect(java.util.stream.Collectors.joining(", ")));
      if (!unmatched.getSuggestions().isEmpty()) {
        message += System.lineSeparator() + messages.get("usage.suggestions", String.join(", ", unmatched.getSuggestions()));
      }
    }
    w.println(message);
    w.print(cmd.getUsageMessage());
    w.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * Registers the converters of the argument types the commands take, each refusing a value with
   * the form it expects, through picocli's {@code ITypeConverter}: picocli reports the refusal as
   * "Invalid value for option '--date': ..." with the usage, and exits with status 2. Picocli's own
   * converters would name the Java type and its exception ("cannot convert '29/11/2026' to class
   * java.time.LocalDate (java.time.format.DateTimeParseException: ...)").
   *
   * @param cl the command line, with its subcommands
   * @return {@code cl}
   */
  static CommandLine converters(CommandLine cl) {
    // The refusals are rendered when they happen, in the language of the run (set after this).
    IrrtCommand root = cl.getCommand() instanceof IrrtCommand c ? c : new IrrtCommand();
    cl.registerConverter(java.time.LocalDate.class, value -> convert(value, java.time.LocalDate::parse,
        root, "convert.date"));
    cl.registerConverter(java.time.LocalDateTime.class, value -> convert(value, java.time.LocalDateTime::parse,
        root, "convert.dateTime"));
    cl.registerConverter(java.time.ZoneId.class, value -> convert(value, java.time.ZoneId::of, root, "convert.zone"));
    cl.registerConverter(Locale.class, value -> convert(value, tag -> new Locale.Builder().setLanguageTag(tag).build(),
        root, "convert.lang"));
    cl.registerConverter(Path.class, value -> {
      try {
        return Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        // not quoted: what makes it no path is a character that may not print (NUL, on Unix)
        throw new CommandLine.TypeConversionException(root.messages.get("convert.path"));
      }
    });
    return cl;
  }

  /** Converts, or refuses quoting the value and saying the form expected. */
  private static <T> T convert(String value, java.util.function.Function<String, T> parse, IrrtCommand root,
      String expected) {
    try {
      return parse.apply(value);
    } catch (RuntimeException e) { // DateTimeException, IllformedLocaleException
      throw new CommandLine.TypeConversionException(root.messages.get(expected, value));
    }
  }

  PrintStream out = System.out;
  PrintStream err = System.err;
  /** Whether a user watches a terminal: only then does long work show a progress bar. */
  boolean terminal;
  /** The command line's words in the language asked for ({@code --lang}, else the system's, else English). */
  CliMessages messages = CliMessages.of(Locale.ENGLISH);

  Locale locale() {
    if (lang == null) {
      return messages.locale();
    }
    if (!CliMessages.supports(lang)) {
      err.println(CliMessages.of(Locale.ENGLISH).get("lang.unsupported", lang.toLanguageTag()));
      return Locale.ENGLISH;
    }
    return lang;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return 0;
  }

  /**
   * Loads a subcommand's file (or its bundled sample, for {@code null}) and runs the action on it;
   * a directory, an unreadable file or invalid data is reported without a stack trace.
   *
   * @param file the file, or {@code null}
   * @param load reads the file
   * @param action what to do with what was read; returns the exit status
   * @param <T> what the file holds
   * @return the exit status: the action's, or 1 (invalid) or 3 (unreadable)
   */
  <T> int withFile(Path file, java.util.function.Function<Path, T> load, java.util.function.Function<T, Integer> action) {
    if (file != null && Files.isDirectory(file)) {
      err.println(messages.get("file.directory", file.toString()));
      return ValidateExample.UNREADABLE;
    }
    T value;
    try {
      value = load.apply(file);
    } catch (InvalidValueException | UncheckedIOException e) {
      return loadProblem(file, e);
    }
    return action.apply(value);
  }

  /** Loads a round table for a subcommand, reporting bad input without a stack trace. */
  int withRoundTable(Path file, java.util.function.Function<RoundTable, Integer> action) {
    if (file != null && Files.isDirectory(file)) {
      err.println(messages.get("file.directory", file.toString()));
      return ValidateExample.UNREADABLE;
    }
    RoundTable rt;
    try {
      rt = IrrtData.load(file);
    } catch (InvalidValueException e) {
      // Same report as validate.
      return ValidateExample.validate(file, messages, locale(), out, err, false);
    } catch (UncheckedIOException e) {
      return ValidateExample.validate(file, messages, locale(), out, err, false);
    }
    return action.apply(rt);
  }

  /** {@code irrt tour [FILE]}. */
  @Command(name = "tour", mixinStandardHelpOptions = true, description = "Print the overview of a round table (default: the bundled IRRT data).")
  static final class Tour implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A round-table JSON file.")
    Path file;

    @Override
    public Integer call() {
      return parent.withRoundTable(file, rt -> {
        TourExample.print(rt, parent.out, parent.messages);
        return 0;
      });
    }
  }

  /** {@code irrt validate FILE}. */
  @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a round-table JSON file and list every problem with its path.")
  static final class Validate implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "The round-table JSON file to check.")
    Path file;

    @Override
    public Integer call() {
      return ValidateExample.validate(file, parent.messages, parent.locale(), parent.out, parent.err, parent.terminal);
    }
  }

  /** {@code irrt export [FILE] [-o OUT]}. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a round table as canonical JSON (default: the bundled IRRT data).")
  static final class Export implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A round-table JSON file.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
      return parent.withRoundTable(file, rt -> {
        String json = ExportExample.export(rt);
        if (output == null) {
          parent.out.print(json);
          return 0;
        }
        try {
          Files.writeString(output, json);
        } catch (java.io.IOException e) {
          parent.err.println(parent.messages.get("file.unwritable", output.toString(), e.getClass().getSimpleName()));
          return ValidateExample.UNREADABLE;
        }
        parent.err.println(parent.messages.get("file.wrote", output.toString()));
        return 0;
      });
    }
  }

  /** {@code irrt memberships [FILE] [--date=YYYY-MM-DD] [--zone=ZONE]}. */
  @Command(name = "memberships", mixinStandardHelpOptions = true,
      description = "Print each member's status on a day, who is in grace, reminders due and dues per currency "
          + "(default: the bundled synthetic sample).")
  static final class Memberships implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A membership register JSON file.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today in the zone).")
    java.time.LocalDate date;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The organisation's time zone (default: ${DEFAULT-VALUE}).",
        defaultValue = "America/Chicago")
    java.time.ZoneId zone;

    @Override
    public Integer call() {
      return parent.withFile(file, MembershipExample::load, (org.irrt.model.membership.MembershipRegister register) -> {
        java.time.LocalDate day = date != null ? date : java.time.LocalDate.now(java.time.Clock.system(zone));
        MembershipExample.report(register, day, zone, parent.out);
        return 0;
      });
    }
  }

  /** {@code irrt workflows [ACTIONS]}. */
  @Command(name = "workflows", mixinStandardHelpOptions = true,
      description = "Run membership applications and committee volunteer forms through the workflows and print "
          + "outcomes, audit trails and the IRRT committee rosters (default: the bundled synthetic actions).")
  static final class Workflows implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "ACTIONS", descriptionKey = "file", description = "A JSON file of actions.")
    Path file;

    @Override
    public Integer call() {
      return parent.withFile(file, WorkflowExample::load, (WorkflowExample.Batch batch) -> {
        WorkflowExample.run(batch, IrrtData.irrt(), parent.out, parent.locale());
        return 0;
      });
    }
  }

  /** {@code irrt blog [POST.md] [--publish-at=YYYY-MM-DDTHH:MM] [--zone=ZONE] [-o OUT.html]}. */
  @Command(name = "blog", mixinStandardHelpOptions = true, description = "Take a Markdown post through review to scheduled publication, print the "
      + "audit trail and write the published page (default: a bundled sample post).")
  static final class Blog implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "POST.md", descriptionKey = "file", description = "A Markdown post; a first '# ' line is its title.")
    Path file;

    @Option(names = "--publish-at", paramLabel = "YYYY-MM-DDTHH:MM", defaultValue = "2026-12-01T09:00",
        description = "The local publication time (default: ${DEFAULT-VALUE}).")
    java.time.LocalDateTime publishAt;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "America/Chicago",
        description = "The zone of the publication time (default: ${DEFAULT-VALUE}).")
    java.time.ZoneId zone;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "post.html",
        description = "Where to write the page (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
      if (file != null && Files.isDirectory(file)) {
        parent.err.println(file + ": is a directory, not a file");
        return ValidateExample.UNREADABLE;
      }
      String page;
      try {
        page = BlogExample.run(BlogExample.read(file), publishAt, zone, IrrtData.irrt(), parent.out);
      } catch (UncheckedIOException e) {
        parent.err.println(file + ": cannot be read (" + (e.getCause() instanceof java.nio.file.NoSuchFileException
            ? "no such file" : e.getCause().getClass().getSimpleName()) + ")");
        return ValidateExample.UNREADABLE;
      } catch (InvalidValueException e) {
        parent.out.println((file == null ? "sample" : file) + ": invalid, " + e.violations().size() + " problem"
            + (e.violations().size() == 1 ? "" : "s"));
        e.violations().forEach(v -> parent.out.println("  " + (v.path().isEmpty() ? "(post)" : v.path()) + ": "
            + v.message(parent.locale())));
        return ValidateExample.INVALID;
      }
      try {
        Files.writeString(output, page);
      } catch (java.io.IOException e) {
        parent.err.println(output + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        return ValidateExample.UNREADABLE;
      }
      parent.out.println("wrote " + output);
      return 0;
    }
  }

  /** Reports a file that cannot be loaded; returns the exit status. */
  int loadProblem(Path file, RuntimeException e) {
    if (e instanceof InvalidValueException invalid) {
      Locale locale = locale();
      out.println(messages.get("file.invalid", file == null ? messages.get("file.sample") : file.toString(),
          invalid.violations().size()));
      invalid.violations().forEach(v -> out.println("  " + (v.path().isEmpty() ? messages.get("file.document") : v.path())
          + ": " + v.message(locale)));
      return ValidateExample.INVALID;
    }
    err.println(messages.get("file.unreadable", String.valueOf(file), ValidateExample.reason(messages, e.getCause() == null
        ? e : e.getCause())));
    return ValidateExample.UNREADABLE;
  }

  /** {@code irrt campaign [FILE] [--date=YYYY-MM-DD] [--zone=ZONE] [--chart=OUT.svg]}. */
  @Command(name = "campaign", mixinStandardHelpOptions = true, description = "Report a campaign's progress at a date, overdue installments and reminders "
      + "due, and draw progress toward the goal as SVG (default: the bundled synthetic sample).")
  static final class CampaignReport implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A campaign JSON file.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today in the zone).")
    java.time.LocalDate date;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "America/Chicago",
        description = "The organisation's time zone (default: ${DEFAULT-VALUE}).")
    java.time.ZoneId zone;

    @Option(names = "--chart", paramLabel = "OUT.svg", defaultValue = "campaign.svg",
        description = "Where to write the chart (default: ${DEFAULT-VALUE}).")
    Path chart;

    @Override
    public Integer call() {
      return parent.withFile(file, CampaignExample::load, (CampaignExample.CampaignData data) -> {
        java.time.LocalDate day = date != null ? date : java.time.LocalDate.now(java.time.Clock.system(zone));
        String svg;
        try {
          svg = CampaignExample.report(data, day, zone, parent.out);
        } catch (IllegalArgumentException e) {
          parent.err.println("irrt: " + e.getMessage());
          return ValidateExample.INVALID;
        }
        try {
          Files.writeString(chart, svg);
        } catch (java.io.IOException e) {
          parent.err.println(chart + ": cannot be written (" + e.getClass().getSimpleName() + ")");
          return ValidateExample.UNREADABLE;
        }
        parent.out.println("wrote " + chart);
        return 0;
      });
    }
  }

  /** {@code irrt freelinks [FILE] [--language=L] [--topic=T] [--format=F] [--on=D]}. */
  @Command(name = "freelinks", mixinStandardHelpOptions = true, description = "Find free professional development opportunities in a Free Links "
      + "catalogue (default: a bundled synthetic sample).")
  static final class FreeLinks implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A catalogue JSON file.")
    Path file;

    @Option(names = "--language", paramLabel = "TAG", description = "A language, e.g. es (finds es-419 too).")
    String language;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic, ignoring case and accents.")
    String topic;

    @Option(names = "--format", paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    org.irrt.model.freelinks.OpportunityFormat format;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Available on this day (expired entries leave).")
    java.time.LocalDate on;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (language != null) {
        try {
          new Locale.Builder().setLanguageTag(language);
        } catch (java.util.IllformedLocaleException e) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              parent.messages.get("convert.languageOption", language));
        }
      }
      return parent.withFile(file, FreeLinksExample::load, (org.irrt.model.freelinks.FreeLinksCatalogue catalogue) -> {
        FreeLinksExample.print(catalogue.find(new org.irrt.model.freelinks.FreeLinksCatalogue.Query(
            java.util.Optional.ofNullable(language), java.util.Optional.ofNullable(topic),
            java.util.Optional.ofNullable(format), java.util.Optional.ofNullable(on))), parent.out, parent.messages);
        return 0;
      });
    }
  }
}
