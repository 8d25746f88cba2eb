package org.irrt.examples;

import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.freelinks.FreeLinksCatalogue;
import org.irrt.model.freelinks.OpportunityFormat;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.membership.ApplicationCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code irrt} command line: a thin shell whose subcommands run the example programs on the
 * bundled data or on a user's file.
 *
 * <pre>
 * irrt tour [FILE]                the overview a member sees on the round table's page
 * irrt validate FILE              every problem of a round-table JSON file, with its path
 * irrt export [FILE] [-o OUT]     the data as canonical JSON
 * irrt memberships [FILE] [--date=D] [--zone=Z]  statuses, grace, reminders and dues on a day
 * irrt workflows [ACTIONS]        applications and volunteer forms through the workflows; rosters
 * irrt blog [POST.md] [--publish-at=T] [-o OUT.html]  a post through review to scheduled publication
 * irrt campaign [FILE] [--date=D] [--chart=OUT.svg]  campaign progress, overdue installments, reminders
 * irrt freelinks [FILE] [--language=L] [--topic=T] [--format=F] [--on=D]  Free Links queries
 * irrt apply [FILE]               receive and submit a membership application (kept in the database)
 * irrt review ID (--approve | --reject=REASON) --as=OFFICER [--comment=TEXT]  decide on an application
 * irrt applications               every application, with the applicant's name and its state
 * </pre>
 *
 * <p>State: the commands keep it in a database ({@link ExampleDatabase}): {@code --db} (or {@code
 * IRRT_DB}) names it, by default the H2 file {@value ExampleDatabase#DEFAULT_URL}; {@code --db-user}
 * (or {@code IRRT_DB_USER}) and {@code IRRT_DB_PASSWORD} (an environment variable only, so that no
 * password shows in the process list or the shell's history) log in. Without FILE, {@code tour},
 * {@code memberships} and {@code campaign} read the bundled data from it, saved there the first
 * time; a database that cannot be used is status 3.
 *
 * <p>One error path: a subcommand does its work and throws what the library throws; {@link
 * #refused} turns a refused input into its message and exit status, 1 for invalid data (every
 * violation with its path, or a value out of range), 3 for a file that cannot be read or written.
 * Wrong usage is picocli's, status 2, in the reader's language ({@link CliUsage}).
 *
 * <p>Languages: {@code --lang} (also before the command) chooses Arabic, Chinese, English, French,
 * German, Russian or Spanish for every line and for {@code --help} ({@link CliMessages}); without
 * it the system's language, or English.
 *
 * <p>Quiet: the command line sets the {@code java.util.logging} level of {@code
 * org.hibernate.validator} alone to {@code WARNING}, so that Hibernate Validator's version line is
 * not printed, and of {@code org.postgresql} to {@code OFF}, as its driver logs a URL it cannot
 * parse, password and all (the command line reports the failure itself, without credentials).
 */
@Command(name = "irrt", mixinStandardHelpOptions = true, version = "irrt 0.1.0", resourceBundle = CliMessages.BUNDLE,
    description = "Example programs of the irrt library on round-table data.",
    subcommands = {IrrtCommand.Tour.class, IrrtCommand.Validate.class, IrrtCommand.Export.class,
        IrrtCommand.Memberships.class, IrrtCommand.Workflows.class, IrrtCommand.Blog.class,
        IrrtCommand.CampaignReport.class, IrrtCommand.FreeLinks.class, IrrtCommand.Apply.class, IrrtCommand.Review.class,
        IrrtCommand.Applications.class})
public final class IrrtCommand implements Callable<Integer> {
  private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.hibernate.validator");
  /** PostgreSQL's driver logs a URL it cannot parse whole, password included; the command line reports it itself. */
  private static final java.util.logging.Logger QUIET_DRIVER = java.util.logging.Logger.getLogger("org.postgresql");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", paramLabel = "TAG", scope = CommandLine.ScopeType.INHERIT,
      description = "Language of messages: ar, de, en, es, fr, ru or zh (default: the system's).")
  Locale lang;

  /** The database of the command that opened one, without credentials, for the error report. */
  String database = "";

  PrintStream out = System.out;
  PrintStream err = System.err;
  boolean terminal;
  CliMessages messages = CliMessages.of(Locale.ENGLISH);

  /**
   * Runs the command line and exits with its status. Output that goes to a file or a pipe (no
   * terminal: {@code System.console() == null}) is UTF-8, as every file the command line reads and
   * writes is, whatever the system's charset: under {@code LANG=C} or {@code LC_ALL=POSIX}, Java
   * 17's {@code System.out} is US-ASCII and wrote each name outside it as {@code ?} into the
   * file. On a terminal the terminal's own charset is kept, since it is what the terminal shows.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    boolean terminal = System.console() != null;
    PrintStream out = terminal ? System.out : utf8(FileDescriptor.out);
    PrintStream err = terminal ? System.err : utf8(FileDescriptor.err);
    int status = run(args, out, err, terminal);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** A UTF-8 stream onto a standard stream, flushed at each line and before exiting. */
  private static PrintStream utf8(FileDescriptor standard) {
    return new PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(standard)), true,
        StandardCharsets.UTF_8);
  }

  /**
   * Runs the command line, not on a terminal.
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
   * Runs the command line; on a terminal, validating a large file shows a progress bar.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param terminal whether a user watches a terminal ({@code System.console() != null})
   * @return the exit status: 0, 1 invalid data, 2 wrong usage, 3 a file that cannot be read or written
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    QUIET.setLevel(java.util.logging.Level.WARNING);
    QUIET_DRIVER.setLevel(java.util.logging.Level.OFF);
    IrrtCommand root = new IrrtCommand();
    root.out = out;
    root.err = err;
    root.terminal = terminal;
    root.messages = CliMessages.of(CliUsage.requestedLocale(args)); // --help and usage errors speak it too
    CommandLine cl = CliUsage.converters(new CommandLine(root), () -> root.messages);
    cl.setResourceBundle(root.messages.bundle());
    cl.setCaseInsensitiveEnumValuesAllowed(true); // --format=webinar
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler((e, a) -> CliUsage.usageError(e, a, root.messages));
    cl.setExecutionExceptionHandler((e, c, parsed) -> root.refused(e, parsed.subcommand()));
    return cl.execute(args);
  }

  /**
   * The one error path: a refused input as its message and exit status.
   *
   * @param e what the subcommand threw
   * @param parsed the subcommand's arguments; its FILE names the file in the report
   * @return 1 invalid data, 3 a file that cannot be read or written, 70 a defect
   */
  int refused(Exception e, CommandLine.ParseResult parsed) {
    Object first = parsed != null && parsed.hasMatchedPositional(0) ? parsed.matchedPositional(0).getValue() : null;
    Path file = first instanceof Path p ? p : null;
    if (e instanceof OptionFile optionFile) { // a file given by an option (--round-table, --members) names itself
      file = optionFile.path;
      e = (Exception) optionFile.getCause();
    }
    if (e instanceof InvalidValueException invalid) {
      ValidateExample.report(file == null ? messages.get("file.sample") : file.toString(),
          ExampleFiles.inFileOrder(file, invalid), messages, locale(), out);
      return ValidateExample.INVALID;
    }
    if (e instanceof Unwritable unwritable) {
      err.println(messages.get("file.unwritable", unwritable.path.toString(), unwritable.reason(messages)));
      return ValidateExample.UNREADABLE;
    }
    if (e instanceof UncheckedIOException io) {
      err.println(file != null && Files.isDirectory(file) ? messages.get("file.directory", file.toString())
          : messages.get("file.unreadable", String.valueOf(file), ValidateExample.reason(messages, io.getCause())));
      return ValidateExample.UNREADABLE;
    }
    if (e instanceof ExampleDatabase.Unavailable unavailable) {
      err.println(messages.get("error.database", unavailable.where, unavailable.noAnswerSeconds >= 0
          ? messages.get("error.databaseNoAnswer", unavailable.noAnswerSeconds) : unavailable.getMessage() != null
          ? unavailable.getMessage() : ExampleDatabase.reason(unavailable.sqlState, messages)));
      return ValidateExample.UNREADABLE;
    }
    if (e instanceof org.irrt.store.jdbc.StoreException store) {
      // no SQLState: the database answered, but a stored event cannot be read (StoreException names it)
      err.println(store.sqlState().isEmpty() ? messages.get("error.storedEvent", database, store.getMessage())
          : messages.get("error.database", database, ExampleDatabase.reason(store.sqlState(), messages)));
      return ValidateExample.UNREADABLE;
    }
    if (e instanceof ArithmeticException || e instanceof java.time.DateTimeException) {
      // data that passed every check but leads out of range (sums beyond 18 digits, dates beyond year 999,999,999)
      err.println(messages.get("error.outOfRange", e instanceof ArithmeticException ? "amount" : "date"));
      return ValidateExample.INVALID;
    }
    err.println(messages.get("error.internal", e.getClass().getSimpleName()));
    return 70;
  }

  /**
   * Reads a file given by an option rather than as the command's FILE, so that a report of its
   * problems, or of why it cannot be read, names it and not the command's FILE.
   *
   * @param <T> what the file holds
   * @param file the option's file, or {@code null} for the bundled default
   * @param read reads it ({@code null} giving the default)
   * @return what the file holds
   */
  static <T> T optionFile(Path file, java.util.function.Function<Path, T> read) {
    try {
      return read.apply(file);
    } catch (InvalidValueException | UncheckedIOException e) {
      if (file == null) {
        throw e;
      }
      throw new OptionFile(file, e);
    }
  }

  /** A refused file that an option gave. */
  static final class OptionFile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Path path;

    OptionFile(Path path, RuntimeException cause) {
      super(cause);
      this.path = path;
    }
  }

  /** A file that could not be written. */
  static final class Unwritable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Path path;

    Unwritable(Path path, java.io.IOException cause) {
      super(cause);
      this.path = path;
    }

    /**
     * Why, in words, never an exception's name: the path is a folder, its folder does not exist, no
     * permission, or another failure of the system (a full disk, a read-only file system).
     */
    String reason(CliMessages messages) {
      if (Files.isDirectory(path)) {
        return messages.get("file.isFolder");
      }
      Path folder = path.toAbsolutePath().getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        return messages.get("file.noFolder");
      }
      if (getCause() instanceof java.nio.file.AccessDeniedException) {
        return messages.get("file.denied");
      }
      return messages.get("file.writeFailed");
    }
  }

  /** Writes a file and says so on standard error. */
  void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (java.io.IOException e) {
      throw new Unwritable(file, e);
    }
    err.println(messages.get("file.wrote", file.toString()));
  }

  /** The options of the commands that keep their state in the database. */
  static final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "JDBC-URL", defaultValue = "${IRRT_DB:-" + ExampleDatabase.DEFAULT_URL + "}",
        description = "The database that keeps the state: jdbc:h2:... or jdbc:postgresql://...%n(default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${IRRT_DB_USER:-}",
        description = "The database user (default: IRRT_DB_USER); the password comes from IRRT_DB_PASSWORD.")
    String user;

    /** Opens the database the options name (the password from IRRT_DB_PASSWORD); the caller closes it. */
    ExampleDatabase open(IrrtCommand parent) {
      parent.database = ExampleDatabase.where(url);
      return ExampleDatabase.open(url, user == null || user.isEmpty() ? null : user, System.getenv("IRRT_DB_PASSWORD"),
          Clock.systemUTC());
    }
  }

  /** The language of the library's messages: {@code --lang}, or the system's; English if we lack it. */
  Locale locale() {
    if (lang != null && !CliMessages.supports(lang)) {
      err.println(CliMessages.of(Locale.ENGLISH).get("lang.unsupported", lang.toLanguageTag()));
      lang = null; // said once
    }
    return lang == null ? messages.locale() : lang;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return 0;
  }

  /** {@code irrt tour [FILE]}. */
  @Command(name = "tour", mixinStandardHelpOptions = true, description = "Print the overview of a round table (default: the bundled IRRT data).")
  static final class Tour implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @CommandLine.Mixin
    DatabaseOptions store;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A round-table JSON file.")
    Path file;

    @Override
    public Integer call() {
      if (file != null) {
        TourExample.print(IrrtData.load(file), parent.out, parent.messages);
        return 0;
      }
      try (ExampleDatabase db = store.open(parent)) {
        TourExample.print(db.roundTable(), parent.out, parent.messages);
      }
      return 0;
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
      parent.locale(); // says so now if there are no messages in the language asked for
      parent.out.println(ValidateExample.verdict(file, ValidateExample.read(file, parent.messages, parent.err,
          parent.terminal), parent.messages));
      return ValidateExample.VALID;
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
      org.irrt.model.roundtable.RoundTable rt = IrrtData.load(file);
      if (output == null) {
        IrrtJson.write(rt, parent.out);
        return 0;
      }
      try (java.io.OutputStream to = Files.newOutputStream(output)) {
        IrrtJson.write(rt, to);
      } catch (java.io.IOException | UncheckedIOException e) {
        throw new Unwritable(output, e instanceof UncheckedIOException u ? u.getCause() : (java.io.IOException) e);
      }
      parent.err.println(parent.messages.get("file.wrote", output.toString()));
      return 0;
    }
  }

  /** {@code irrt memberships [FILE] [--date=YYYY-MM-DD] [--zone=ZONE]}. */
  @Command(name = "memberships", mixinStandardHelpOptions = true, description = "Print each member's status on a day, who is in grace, "
      + "reminders due and dues per currency (default: the bundled synthetic sample).")
  static final class Memberships implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @CommandLine.Mixin
    DatabaseOptions store;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A membership register JSON file.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today in the zone).")
    LocalDate date;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "America/Chicago",
        description = "The organisation's time zone (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Override
    public Integer call() {
      LocalDate day = date != null ? date : LocalDate.now(Clock.system(zone));
      if (file != null) {
        MembershipExample.report(MembershipExample.load(file), day, zone, parent.out, parent.messages);
        return 0;
      }
      try (ExampleDatabase db = store.open(parent)) {
        MembershipExample.report(db.register(), day, zone, parent.out, parent.messages);
      }
      return 0;
    }
  }

  /** {@code irrt workflows [ACTIONS]}. */
  @Command(name = "workflows", mixinStandardHelpOptions = true, description = "Run membership applications and committee volunteer forms "
      + "through the workflows and print outcomes, audit trails and the committee rosters (default: the bundled synthetic actions).")
  static final class Workflows implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "ACTIONS", descriptionKey = "file", description = "A JSON file of actions.")
    Path file;

    @Option(names = "--round-table", paramLabel = "FILE", description = "The round table whose committees the forms name "
        + "(default: the bundled IRRT data).")
    Path roundTable;

    @Override
    public Integer call() {
      WorkflowExample.run(WorkflowBatch.load(file), optionFile(roundTable, IrrtData::load), parent.out,
          CliMessages.of(parent.locale()));
      return 0;
    }
  }

  /** {@code irrt blog [POST.md] [--publish-at=YYYY-MM-DDTHH:MM] [--zone=ZONE] [-o OUT.html]}. */
  @Command(name = "blog", mixinStandardHelpOptions = true, description = "Take a Markdown post through review to scheduled publication, "
      + "print the audit trail and write the published page (default: a bundled sample post).")
  static final class Blog implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @Parameters(arity = "0..1", paramLabel = "POST.md", descriptionKey = "file", description = "A Markdown post; a first '# ' line is its title.")
    Path file;

    @Option(names = "--publish-at", paramLabel = "YYYY-MM-DDTHH:MM", defaultValue = "2026-12-01T09:00",
        description = "The local publication time (default: ${DEFAULT-VALUE}).")
    LocalDateTime publishAt;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "America/Chicago",
        description = "The zone of the publication time (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "post.html",
        description = "Where to write the page (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--round-table", paramLabel = "FILE", description = "The round table whose blog it is (default: the bundled "
        + "IRRT data).")
    Path roundTable;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (publishAt.getYear() < BlogExample.FIRST_YEAR || publishAt.getYear() > BlogExample.LAST_YEAR) {
        // the option's fault, not the post's: wrong usage (it was "POST.md: invalid, publishAt: ...")
        throw new CommandLine.ParameterException(spec.commandLine(), parent.messages.get("usage.invalidOption", "--publish-at",
            parent.messages.get("blog.years", BlogExample.FIRST_YEAR, BlogExample.LAST_YEAR)));
      }
      parent.write(output, BlogExample.run(BlogExample.read(file), publishAt, zone, optionFile(roundTable, IrrtData::load), parent.out,
          CliMessages.of(parent.locale())));
      return 0;
    }
  }

  /** {@code irrt campaign [FILE] [--date=YYYY-MM-DD] [--zone=ZONE] [--chart=OUT.svg]}. */
  @Command(name = "campaign", mixinStandardHelpOptions = true, description = "Report a campaign's progress at a date, overdue installments "
      + "and reminders due, and draw progress toward the goal as SVG (default: the bundled synthetic sample).")
  static final class CampaignReport implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @CommandLine.Mixin
    DatabaseOptions store;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "A campaign JSON file.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today in the zone).")
    LocalDate date;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "America/Chicago",
        description = "The organisation's time zone (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--chart", paramLabel = "OUT.svg", defaultValue = "campaign.svg",
        description = "Where to write the chart (default: ${DEFAULT-VALUE}).")
    Path chart;

    @Option(names = "--members", paramLabel = "FILE", description = "A membership register JSON file that names the donors who "
        + "are members (default: the bundled synthetic sample).")
    Path members;

    @Override
    public Integer call() {
      LocalDate day = date != null ? date : LocalDate.now(Clock.system(zone));
      String svg;
      try (ExampleDatabase db = store.open(parent)) {
        svg = CampaignExample.report(file != null ? CampaignExample.load(file) : db.campaign(),
            members != null ? optionFile(members, MembershipExample::load) : db.register(), day, zone,
            parent.out, parent.messages);
      }
      parent.write(chart, svg);
      return 0;
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

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
        description = "One of: ${COMPLETION-CANDIDATES}.")
    OpportunityFormat format;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Available on this day (expired entries leave).")
    LocalDate on;

    /** The formats as {@code --format} lists them, in lower case (it takes any case). */
    static final class FormatNames implements Iterable<String> {
      @Override
      public java.util.Iterator<String> iterator() {
        return java.util.List.of(CliUsage.lowerCase(OpportunityFormat.class).split(", ")).iterator();
      }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (language != null) {
        try {
          new Locale.Builder().setLanguageTag(language);
        } catch (java.util.IllformedLocaleException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), parent.messages.get("convert.languageOption", language));
        }
      }
      FreeLinksExample.print(FreeLinksExample.load(file).find(new FreeLinksCatalogue.Query(Optional.ofNullable(language),
          Optional.ofNullable(topic), Optional.ofNullable(format), Optional.ofNullable(on))), parent.out, parent.messages);
      return 0;
    }
  }

  /** {@code irrt apply [FILE]}. */
  @Command(name = "apply", mixinStandardHelpOptions = true, description = "Receive and submit a membership application form, kept in "
      + "the database; print the application's id (default: a bundled synthetic form).")
  static final class Apply implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @CommandLine.Mixin
    DatabaseOptions store;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file", description = "An application form JSON file.")
    Path file;

    @Override
    public Integer call() {
      var form = ApplicationDesk.read(file); // a file that is no JSON is refused before the database opens
      try (ExampleDatabase db = store.open(parent)) {
        return new ApplicationDesk(db, Clock.systemUTC()).apply(form, parent.out, CliMessages.of(parent.locale()));
      }
    }
  }

  /** {@code irrt review ID (--approve | --reject=REASON) --as=OFFICER [--comment=TEXT]}. */
  @Command(name = "review", mixinStandardHelpOptions = true, description = "Approve or reject a membership application as a "
      + "membership officer, starting its review if it has not started.")
  static final class Review implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @CommandLine.Mixin
    DatabaseOptions store;

    @Parameters(paramLabel = "ID", descriptionKey = "id", description = "The application's id, as apply and applications print it.")
    String id;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Decision decision;

    /** Exactly one of the two. */
    static final class Decision {
      @Option(names = "--approve", required = true, description = "Approve the application.")
      boolean approve;

      @Option(names = "--reject", paramLabel = "REASON", required = true, description = "Reject it, for this reason.")
      String reject;
    }

    @Option(names = "--as", paramLabel = "OFFICER", required = true, description = "The officer's id, e.g. officer-lee.")
    String officer;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the audit trail.")
    String comment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      argument("--as", () -> Actor.of(officer, Role.MEMBERSHIP_OFFICER));
      if (comment != null) {
        argument("--comment", () -> Request.of(new ApplicationCommand.Approve(), Actor.of("officer", Role.MEMBERSHIP_OFFICER))
            .withComment(comment));
      }
      try (ExampleDatabase db = store.open(parent)) {
        return new ApplicationDesk(db, Clock.systemUTC()).review(id, Optional.ofNullable(decision.reject), officer,
            Optional.ofNullable(comment), parent.out, CliMessages.of(parent.locale()));
      }
    }

    /**
     * An option's value the library refuses (an officer's id that is no id, a comment with control
     * characters) is wrong usage: status 2, the option named with every reason, before any database
     * is opened (it was reported as an invalid "sample" document).
     */
    private void argument(String option, Runnable check) {
      try {
        check.run();
      } catch (InvalidValueException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), parent.messages.get("usage.invalidOption", option,
            e.violations().stream().map(v -> v.message(parent.locale())).collect(java.util.stream.Collectors.joining(parent.messages.separator()))));
      }
    }
  }

  /** {@code irrt applications}. */
  @Command(name = "applications", mixinStandardHelpOptions = true, description = "List the membership applications in the database, "
      + "with the applicant's name, the type and the state.")
  static final class Applications implements Callable<Integer> {
    @ParentCommand
    IrrtCommand parent;

    @CommandLine.Mixin
    DatabaseOptions store;

    @Override
    public Integer call() {
      try (ExampleDatabase db = store.open(parent)) {
        new ApplicationDesk(db, Clock.systemUTC()).list(parent.out, CliMessages.of(parent.locale()));
      }
      return 0;
    }
  }
}
