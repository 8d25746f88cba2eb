package org.irrt.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.roundtable.RoundTable;

/**
 * Example: check a round-table JSON file and print every problem with its path, in the language of
 * a locale. Bad input never produces a stack trace. On a terminal, a large file shows a progress bar
 * (me.tongfei:progressbar, on standard error, by bytes read, erased when done); piped, nothing.
 *
 * <p>Run: {@code java org.irrt.examples.ValidateExample FILE [LANGUAGE]}. Exit status: {@value
 * #VALID} valid, {@value #INVALID} invalid, {@value #UNREADABLE} the file cannot be read.
 */
public final class ValidateExample {
  /** Exit status: the file holds a valid round table. */
  public static final int VALID = 0;
  /** Exit status: the file is not a valid round table (malformed, wrong types, broken rules). */
  public static final int INVALID = 1;
  /** Exit status: the file cannot be read (missing, a directory, no permission). */
  public static final int UNREADABLE = 3;
  /** Files from this size on (1 MiB, about a second's reading) show a progress bar on a terminal. */
  public static final long PROGRESS_FROM_BYTES = 1 << 20;

  private ValidateExample() {}

  /**
   * Validates a file.
   *
   * @param args the path, then optionally a language tag such as {@code es} or {@code fr}
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: ValidateExample FILE [LANGUAGE]");
      System.exit(2);
    }
    Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.getDefault();
    System.exit(validate(Path.of(args[0]), CliMessages.of(locale), locale, System.out, System.err,
        System.console() != null));
  }

  /**
   * Validates a file and reports in English to {@code out} (the verdict and the problems) or
   * {@code err} (a file that cannot be read), with no progress bar.
   *
   * @param file the file
   * @param locale the language of the problems
   * @param out where the verdict goes
   * @param err where I/O errors go
   * @return the exit status: {@link #VALID}, {@link #INVALID} or {@link #UNREADABLE}
   */
  public static int validate(Path file, Locale locale, PrintStream out, PrintStream err) {
    return validate(file, CliMessages.of(Locale.ENGLISH), locale, out, err, false);
  }

  /**
   * Validates a file and reports to {@code out} (the verdict and the problems) or {@code err} (a file
   * that cannot be read; the progress bar).
   *
   * @param file the file
   * @param messages the command line's words, numbers and counts (its language)
   * @param locale the language of the problems (the library's messages)
   * @param out where the verdict goes
   * @param err where I/O errors go, and the progress bar
   * @param terminal whether a user watches a terminal: only then does a file of {@link
   *     #PROGRESS_FROM_BYTES} or more show a progress bar
   * @return the exit status: {@link #VALID}, {@link #INVALID} or {@link #UNREADABLE}
   */
  public static int validate(Path file, CliMessages messages, Locale locale, PrintStream out, PrintStream err,
      boolean terminal) {
    if (Files.isDirectory(file)) {
      err.println(messages.get("file.directory", file.toString()));
      return UNREADABLE;
    }
    try {
      out.println(verdict(file, read(file, messages, err, terminal), messages));
      return VALID;
    } catch (InvalidValueException e) {
      report(file.toString(), ExampleFiles.inFileOrder(file, e), messages, locale, out);
      return INVALID;
    } catch (UncheckedIOException e) {
      err.println(messages.get("file.unreadable", file.toString(), reason(messages, e.getCause())));
      return UNREADABLE;
    }
  }

  /**
   * Reads a round table from a file, through a progress bar when a user watches a terminal and the
   * file has {@link #PROGRESS_FROM_BYTES} or more.
   *
   * @param file the file
   * @param messages the words of the progress bar
   * @param err where the progress bar goes
   * @param terminal whether a user watches a terminal
   * @return the round table
   * @throws InvalidValueException listing every problem with its path
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RoundTable read(Path file, CliMessages messages, PrintStream err, boolean terminal) {
    // The stream, and with it the bar, is closed (the bar erased) before the verdict is printed.
    try (InputStream in = open(file, messages, err, terminal)) {
      return IrrtJson.read(in, RoundTable.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The verdict on a valid file: its round table's name and counts.
   *
   * @param file the file
   * @param rt what it holds
   * @param messages the words, in the reader's language
   * @return the line
   */
  public static String verdict(Path file, RoundTable rt, CliMessages messages) {
    return messages.get("validate.valid", file.toString(), rt.name(), rt.committees().size(), rt.initiatives().size(),
        rt.linkGroups().size(), rt.allLinks().size());
  }

  /**
   * The code of the library's last violation when it stopped reading a document after its most
   * problems ({@code JsonProblems.MAX_VIOLATIONS}, 200): it says the report was cut, it is no problem
   * of the file.
   */
  static final String CUT = "org.irrt.model.json.tooManyProblems";

  /**
   * Reports a refused file: how many problems (when the library stopped reading after its most, "more
   * than 200; the first 200", without its stop notice counted as a problem), then each with its path ({@code (document)} for the
   * whole) and the library's message in the reader's language.
   *
   * @param what the file's name, or the sample's
   * @param e the refusal
   * @param messages the command line's words
   * @param locale the language of the library's messages
   * @param out where to print
   */
  public static void report(String what, InvalidValueException e, CliMessages messages, Locale locale, PrintStream out) {
    List<Violation> problems = e.violations().stream().filter(v -> !v.code().equals(CUT)).toList();
    out.println(problems.size() < e.violations().size() ? messages.get("file.invalidCut", what, problems.size())
        : messages.get("file.invalid", what, problems.size()));
    for (Violation v : problems) {
      out.println("  " + messages.get("file.problem", v.path().isEmpty() ? messages.get("file.document") : v.path(),
          v.message(locale)));
    }
  }

  /** The file, through a progress bar when a user watches a terminal and the file is large. */
  private static InputStream open(Path file, CliMessages messages, PrintStream err, boolean terminal) throws IOException {
    InputStream in = Files.newInputStream(file);
    long size = Files.size(file);
    if (!terminal || size < PROGRESS_FROM_BYTES) {
      return in;
    }
    return ProgressBar.wrap(in, new ProgressBarBuilder()
        .setTaskName(messages.get("validate.progress"))
        .setInitialMax(size)
        .setUnit(" MiB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .clearDisplayOnFinish());
  }

  /** Why a file cannot be read, in words, never an exception's name: no such file, permission denied, or another failure. */
  static String reason(CliMessages messages, Throwable cause) {
    if (cause instanceof NoSuchFileException) {
      return messages.get("file.noSuchFile");
    }
    if (cause instanceof AccessDeniedException) {
      return messages.get("file.denied");
    }
    return messages.get("file.readFailed");
  }
}
