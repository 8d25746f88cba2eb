package org.irrt.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.roundtable.RoundTable;

/**
 * Example: check a round-table JSON file and print every problem with its path, in the language of
 * a locale. Bad input never produces a stack trace.
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
    System.exit(validate(Path.of(args[0]), locale, System.out, System.err));
  }

  /**
   * Validates a file and reports to {@code out} (the verdict and the problems) or {@code err} (a file
   * that cannot be read).
   *
   * @param file the file
   * @param locale the language of the messages
   * @param out where the verdict goes
   * @param err where I/O errors go
   * @return the exit status: {@link #VALID}, {@link #INVALID} or {@link #UNREADABLE}
   */
  public static int validate(Path file, Locale locale, PrintStream out, PrintStream err) {
    if (Files.isDirectory(file)) {
      err.println(file + ": is a directory, not a file");
      return UNREADABLE;
    }
    try {
      RoundTable rt = IrrtJson.read(file, RoundTable.class);
      out.printf("%s: valid round table \"%s\" (%s, %s, %s, %s)%n", file, rt.name(),
          count(rt.committees().size(), "committee"), count(rt.initiatives().size(), "initiative"),
          count(rt.linkGroups().size(), "link group"), count(rt.allLinks().size(), "link"));
      return VALID;
    } catch (InvalidValueException e) {
      int n = e.violations().size();
      out.printf("%s: invalid, %d problem%s%n", file, n, n == 1 ? "" : "s");
      for (Violation v : e.violations()) {
        out.println("  " + (v.path().isEmpty() ? "(document)" : v.path()) + ": " + v.message(locale));
      }
      return INVALID;
    } catch (UncheckedIOException e) {
      err.println(file + ": cannot be read (" + reason(e) + ")");
      return UNREADABLE;
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String reason(UncheckedIOException e) {
    if (e.getCause() instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e.getCause() instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getCause().getClass().getSimpleName();
  }
}
