package org.irrt.examples;

import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Wrong usage of the command line, in the reader's language: the language asked for before the
 * arguments are parsed, converters that refuse a value naming the form expected, and picocli's
 * reports rendered from the bundle. Every such report ends with the usage and status 2.
 */
final class CliUsage {
  private CliUsage() {}

  /** The locale {@code --lang} names among the arguments, or the system's; {@code --lang} is parsed again later. */
  static Locale requestedLocale(String[] args) {
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
   * converted (an enum option's values listed in lower case), a missing parameter, a missing
   * required option, an option without its value, options that exclude each other and an unknown
   * argument, rendered from the bundle (picocli 4.7's {@code MissingParameterException}, {@code
   * MutuallyExclusiveArgsException}, {@code UnmatchedArgumentException}); any other in picocli's
   * English. An unknown argument is named before a parameter found missing after it (a file named
   * {@code -mine.json} is taken for an option), and one beginning with a single dash, for a command
   * that takes a file, comes with the way to give such a file: after {@code --} (POSIX's utility
   * syntax guideline 10). Then the usage, and status 2.
   */
  static int usageError(CommandLine.ParameterException e, String[] args, CliMessages messages) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter w = cmd.getErr();
    String message = e.getMessage();
    if (e.getCause() instanceof CommandLine.TypeConversionException conversion && e.getArgSpec() != null) {
      String why = e.getArgSpec().type().isEnum() // picocli's says "expected one of [WEBINAR, ...] (case-insensitive)"
          ? messages.get("convert.oneOf", e.getValue(), lowerCase(e.getArgSpec().type()))
          : conversion.getMessage();
      message = e.getArgSpec() instanceof CommandLine.Model.OptionSpec option
          ? messages.get("usage.invalidOption", option.longestName(), why)
          : messages.get("usage.invalidPositional", ((CommandLine.Model.PositionalParamSpec) e.getArgSpec()).index()
              .toString(), e.getArgSpec().paramLabel(), conversion.getMessage());
    } else if (e instanceof CommandLine.MissingParameterException && !cmd.getUnmatchedArguments().isEmpty()) {
      // "validate -mine.json": picocli takes the file for an unknown option, then finds FILE missing; name it
      message = messages.get("usage.unmatched", cmd.getUnmatchedArguments().size(), cmd.getUnmatchedArguments().stream()
          .map(a -> messages.get("usage.quoted", a)).collect(java.util.stream.Collectors.joining(", ")));
    } else if (e instanceof CommandLine.MissingParameterException missing
        && missing.getMissing().stream().allMatch(CommandLine.Model.ArgSpec::isPositional)) {
      message = messages.get("usage.missing", missing.getMissing().size(), missing.getMissing().stream()
          .map(a -> messages.get("usage.quoted", a.paramLabel())).collect(java.util.stream.Collectors.joining(", ")));
    } else if (e instanceof CommandLine.MissingParameterException missing && missing.getMissing().size() == 1
        && missing.getMissing().get(0) instanceof CommandLine.Model.OptionSpec option && given(option, args)) {
      // "Missing required parameter for option '--comment'", "Expected parameter for option '--reject' but found ..."
      message = messages.get("usage.optionValue", option.longestName(), option.paramLabel());
    } else if (e instanceof CommandLine.MissingParameterException missing && missing.getMissing().size() > 1
        && missing.getMissing().get(0).group() != null && missing.getMissing().get(0).group().exclusive()
        && missing.getMissing().stream().allMatch(a -> a.group() == missing.getMissing().get(0).group())) {
      // a required group of options that exclude each other: one of them is missing, not all
      message = messages.get("usage.missingOneOf", missing.getMissing().stream()
          .map(a -> messages.get("usage.quoted", synopsis((CommandLine.Model.OptionSpec) a)))
          .collect(java.util.stream.Collectors.joining(", ")));
    } else if (e instanceof CommandLine.MissingParameterException missing
        && missing.getMissing().stream().allMatch(CommandLine.Model.ArgSpec::isOption)) {
      message = messages.get("usage.missingOption", missing.getMissing().size(), missing.getMissing().stream()
          .map(a -> messages.get("usage.quoted", synopsis((CommandLine.Model.OptionSpec) a)))
          .collect(java.util.stream.Collectors.joining(", ")));
    } else if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
      // picocli 4.7's exception carries only its English message; the command's exclusive groups say which
      for (CommandLine.Model.ArgGroupSpec group : cmd.getCommandSpec().argGroups()) {
        if (group.exclusive() && group.options().stream().filter(o -> given(o, args)).count() > 1) {
          message = messages.get("usage.exclusive", group.options().stream()
              .map(o -> messages.get("usage.quoted", synopsis(o))).collect(java.util.stream.Collectors.joining(", ")));
        }
      }
    } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      message = messages.get("usage.unmatched", unmatched.getUnmatched().size(), unmatched.getUnmatched().stream()
          .map(a -> messages.get("usage.quoted", a)).collect(java.util.stream.Collectors.joining(", ")));
      if (!unmatched.getSuggestions().isEmpty()) {
        message += System.lineSeparator() + messages.get("usage.suggestions", String.join(", ", unmatched.getSuggestions()));
      }
    }
    w.println(message);
    if (!cmd.getCommandSpec().positionalParameters().isEmpty()
        && cmd.getCommandSpec().positionalParameters().get(0).type() == Path.class) {
      // a file named like a short option ("-mine.json") is given after "--", as POSIX utilities take it
      cmd.getUnmatchedArguments().stream().filter(a -> a.length() > 1 && a.startsWith("-") && !a.startsWith("--"))
          .findFirst().ifPresent(a -> w.println(messages.get("usage.dashFile", cmd.getCommandSpec().qualifiedName() + " -- " + a)));
    }
    w.print(cmd.getUsageMessage());
    w.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Whether the arguments give the option, alone or with its value ({@code --reject}, {@code --reject=x}). */
  private static boolean given(CommandLine.Model.OptionSpec option, String[] args) {
    for (String arg : args) {
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** An option as the usage writes it: {@code --approve}, {@code --as=OFFICER}. */
  private static String synopsis(CommandLine.Model.OptionSpec option) {
    return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
  }

  /** An enum's values as the command line takes them, in lower case (any case is accepted). */
  static String lowerCase(Class<?> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * Registers the converters of the argument types the commands take, each refusing a value with
   * the form it expects, through picocli's {@code ITypeConverter}: picocli reports the refusal as
   * "Invalid value for option '--date': ..." with the usage, and exits with status 2. Picocli's own
   * converters would name the Java type and its exception ("cannot convert '29/11/2026' to class
   * java.time.LocalDate (java.time.format.DateTimeParseException: ...)").
   *
   * @param cl the command line, with its subcommands
   * @param messages the messages of the run, read when a value is refused
   * @return {@code cl}
   */
  static CommandLine converters(CommandLine cl, java.util.function.Supplier<CliMessages> messages) {
    // The refusals are rendered when they happen, in the language of the run (set after this).
    // the form the usage shows, a four-digit year: ISO 8601's expanded years ("+999999999-12-31"), which
    // LocalDate.parse takes, lie beyond what a date can be printed as (epoch milliseconds overflow)
    cl.registerConverter(java.time.LocalDate.class, value -> convert(value, v -> java.time.LocalDate.parse(fourDigitYear(v)),
        messages, "convert.date"));
    cl.registerConverter(java.time.LocalDateTime.class, value -> convert(value, v -> java.time.LocalDateTime.parse(fourDigitYear(v)),
        messages, "convert.dateTime"));
    cl.registerConverter(java.time.ZoneId.class, value -> convert(value, java.time.ZoneId::of, messages, "convert.zone"));
    cl.registerConverter(Locale.class, value -> convert(value, tag -> new Locale.Builder().setLanguageTag(tag).build(),
        messages, "convert.lang"));
    cl.registerConverter(Path.class, value -> {
      try {
        return Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        // not quoted: what makes it no path is a character that may not print (NUL, on Unix), or
        // letters the system's charset cannot hold (Java names files in it: US-ASCII under LANG=C)
        throw new CommandLine.TypeConversionException(value.indexOf('\0') < 0 && !nameable(value)
            ? messages.get().get("convert.pathCharset", NATIVE.name()) : messages.get().get("convert.path"));
      }
    });
    return cl;
  }

  /** The system's charset, in which Java names files ({@code native.encoding}, Java 17), e.g. US-ASCII under {@code LANG=C}. */
  private static final java.nio.charset.Charset NATIVE = nativeCharset();

  private static java.nio.charset.Charset nativeCharset() {
    try {
      return java.nio.charset.Charset.forName(System.getProperty("native.encoding", "UTF-8"));
    } catch (IllegalArgumentException e) {
      return java.nio.charset.StandardCharsets.UTF_8;
    }
  }

  /**
   * Whether the system's charset can hold the value: under {@code LANG=C} an argument's letters
   * outside ASCII reach Java as U+FFFD, and no file name can be made of them.
   */
  private static boolean nameable(String value) {
    return value.indexOf('\uFFFD') < 0 && NATIVE.newEncoder().canEncode(value);
  }

  /** The value if it begins with a four-digit year ({@code YYYY-}), else a {@code DateTimeException}. */
  private static String fourDigitYear(String value) {
    if (value.length() < 5 || value.charAt(4) != '-' || !value.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new java.time.DateTimeException("expected a four-digit year");
    }
    return value;
  }

  /** Converts, or refuses quoting the value and saying the form expected. */
  private static <T> T convert(String value, java.util.function.Function<String, T> parse, java.util.function.Supplier<CliMessages> messages,
      String expected) {
    try {
      return parse.apply(value);
    } catch (RuntimeException e) { // DateTimeException, IllformedLocaleException
      throw new CommandLine.TypeConversionException(messages.get().get(expected, value));
    }
  }

}
