package org.irrt.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.freelinks.FreeLinksCatalogue;
import org.irrt.model.freelinks.ProfessionalDevelopmentOpportunity;

/**
 * Example: loads a Free Links catalogue and answers a query (language, topic, format, available on
 * a day).
 *
 * <p>Run through the command line: {@code irrt freelinks [FILE] --language=es --on=2026-11-29}.
 */
public final class FreeLinksExample {
  /** The class-path resource of the synthetic sample catalogue. */
  public static final String SAMPLE = "/org/irrt/examples/freelinks.json";

  private FreeLinksExample() {}

  /**
   * A catalogue file.
   *
   * @param note a free note about the data
   * @param catalogue the catalogue
   */
  public record CatalogueFile(Optional<String> note, FreeLinksCatalogue catalogue) {}

  /**
   * Prints the whole bundled catalogue.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(load(null).find(FreeLinksCatalogue.Query.ALL), System.out);
  }

  /**
   * A catalogue from a file, or the bundled sample.
   *
   * @param file a JSON file, or {@code null}
   * @return the catalogue
   * @throws InvalidValueException listing every problem of the file
   */
  public static FreeLinksCatalogue load(Path file) {
    CatalogueFile data = ExampleFiles.readComplete(file, SAMPLE, CatalogueFile.class, "catalogue file");
    return data.catalogue();
  }

  /**
   * Prints opportunities.
   *
   * @param found the opportunities
   * @param out where to print
   */
  public static void print(List<ProfessionalDevelopmentOpportunity> found, PrintStream out) {
    print(found, out, CliMessages.of(java.util.Locale.ENGLISH));
  }

  /**
   * Prints opportunities, with the words, counts and dates in the reader's language.
   *
   * @param found the opportunities
   * @param out where to print
   * @param m the words, in the reader's language
   */
  public static void print(List<ProfessionalDevelopmentOpportunity> found, PrintStream out, CliMessages m) {
    out.println(m.get("freelinks.count", found.size()));
    for (ProfessionalDevelopmentOpportunity o : found) {
      out.println("  * " + o.title() + " [" + m.get("format." + o.format().name()) + m.separator()
          + o.languages().stream().map(m::language).collect(java.util.stream.Collectors.joining(", ")) + "]");
      out.println("    " + o.provider() + " - " + o.url());
      out.println("    " + m.get("freelinks.topics", String.join(m.separator(), o.topics()))
          + o.availableUntil().map(u -> m.separator() + m.get("freelinks.until", m.date(u))).orElse(""));
    }
  }
}
