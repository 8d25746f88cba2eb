package org.irrt.examples;

import java.io.PrintStream;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.PartialDate;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.roundtable.FormerName;
import org.irrt.model.roundtable.HistoryEvent;
import org.irrt.model.roundtable.Initiative;
import org.irrt.model.roundtable.InterestGroup;
import org.irrt.model.roundtable.LiaisonBody;
import org.irrt.model.roundtable.RoundTable;

/**
 * Example: a tour of a round table, the overview a member sees on its page: purpose, history,
 * initiatives, interest groups, committees with their size and term rules, and the links grouped as
 * on the page, marking those that open a new window and those whose address no source gives. The
 * tour's own words, dates and numbers are in the reader's language ({@link CliMessages}); the data
 * is as the file has it.
 *
 * <p>Run: {@code java org.irrt.examples.TourExample [FILE]} (the bundled IRRT data without FILE).
 */
public final class TourExample {
  private static final int WIDTH = 100;

  private TourExample() {}

  /**
   * Prints the tour.
   *
   * @param args optionally the path of a round-table JSON file
   */
  public static void main(String[] args) {
    RoundTable roundTable = IrrtData.load(args.length > 0 ? Path.of(args[0]) : null);
    print(roundTable, System.out);
  }

  /**
   * Prints the tour of a round table.
   *
   * @param rt the round table
   * @param out where to print
   */
  public static void print(RoundTable rt, PrintStream out) {
    print(rt, out, CliMessages.of(Locale.ENGLISH));
  }

  /**
   * Prints the tour of a round table in a language.
   *
   * @param rt the round table
   * @param out where to print
   * @param m the tour's words, in the reader's language
   */
  public static void print(RoundTable rt, PrintStream out, CliMessages m) {
    out.println(rt.name() + " (" + rt.acronym() + ")");
    out.println(m.get("tour.parent", rt.parentOrganization().name()
        + rt.parentOrganization().acronym().map(a -> " (" + a + ")").orElse("")));
    StringBuilder founded = new StringBuilder(m.get("tour.established", describe(rt.established(), m)));
    rt.establishedBy().ifPresent(by -> founded.append(m.get("tour.establishedBy", by)));
    if (!rt.formerNames().isEmpty()) {
      FormerName first = rt.formerNames().get(0);
      founded.append(m.get("tour.formerName", first.name(), m.year(first.fromYear()), m.year(first.untilYear())));
    }
    wrap(out, "", founded + m.get("tour.end"));

    heading(out, m.get("tour.heading.purpose"));
    for (int i = 0; i < rt.purposes().size(); i++) {
      wrap(out, "  " + (i + 1) + ". ", rt.purposes().get(i));
    }

    if (!rt.liaisonBodies().isEmpty()) {
      heading(out, m.get("tour.heading.liaison"));
      for (LiaisonBody b : rt.liaisonBodies()) {
        out.println("  * " + b.name() + b.acronym().map(a -> " (" + a + ")").orElse(""));
        b.relationship().ifPresent(r -> wrap(out, "    ", r));
        for (Link l : b.links()) {
          printLink(out, l, m);
        }
      }
    }

    if (!rt.history().isEmpty()) {
      heading(out, m.get("tour.heading.history"));
      int width = rt.history().stream().mapToInt(e -> CliMessages.columns(describeDate(e.date(), m))).max().orElse(0);
      for (HistoryEvent e : rt.history()) {
        String date = describeDate(e.date(), m);
        wrap(out, "  " + date + " ".repeat(width - CliMessages.columns(date) + 1), e.description());
      }
    }

    if (!rt.initiatives().isEmpty()) {
      heading(out, m.get("tour.heading.initiatives"));
    }
    for (Initiative i : rt.initiatives()) {
      out.println("  * " + i.name() + " [" + m.get("kind.InitiativeKind." + i.kind().name())
          + i.started().map(s -> m.get("tour.since", m.year(s.year()))).orElse("") + "]");
      wrap(out, "    ", i.summary());
      if (!i.topics().isEmpty()) {
        wrap(out, label(m, "tour.themes"), String.join(m.separator(), i.topics()));
      }
      for (String fact : i.facts()) {
        wrap(out, "    - ", fact);
      }
      out.println("    " + i.url().map(Object::toString).orElse(m.get("tour.addressUnknown")));
    }

    if (!rt.interestGroups().isEmpty()) {
      heading(out, m.get("tour.heading.interestGroups"));
      for (InterestGroup g : rt.interestGroups()) {
        out.println("  * " + g.name() + g.acronym().map(a -> " (" + a + ")").orElse(""));
        wrap(out, "    ", g.purpose());
        out.println("    " + g.url().map(Object::toString).orElse(m.get("tour.addressUnknown")));
      }
    }

    if (!rt.committees().isEmpty()) {
      heading(out, m.get("tour.heading.committees"));
    }
    for (Committee c : rt.committees()) {
      out.println("  * " + c.name() + " [" + m.get("kind.CommitteeKind." + c.kind().name()) + "]"
          + (c.formerNames().isEmpty() ? "" : " " + m.get("tour.formerly", String.join(", ", c.formerNames()))));
      if (!c.seats().isEmpty()) {
        wrap(out, label(m, "tour.seats"), c.seats().stream().map(s -> seats(s, m))
            .collect(Collectors.joining(m.separator())));
      }
      if (!c.termRules().isEmpty()) {
        wrap(out, label(m, "tour.terms"), c.termRules().stream().map(t -> terms(t, m))
            .collect(Collectors.joining(m.separator())));
      }
      c.appointingOfficer().ifPresent(a -> out.println("    " + m.get("tour.appointedBy", a)));
      c.charge().ifPresent(ch -> wrap(out, label(m, "tour.charge"), ch));
      for (String note : c.notes()) {
        wrap(out, "    - ", note);
      }
    }

    rt.newsletter().ifPresent(n -> {
      heading(out, m.get("tour.heading.newsletter"));
      out.println("  " + n.title() + n.issn().map(s -> " (" + m.get("tour.issn", s) + ")").orElse(""));
    });

    if (!rt.linkGroups().isEmpty()) {
      heading(out, m.get("tour.heading.links"));
    }
    for (LinkGroup g : rt.linkGroups()) {
      out.println("  " + g.title());
      if (g.links().isEmpty()) {
        out.println("    " + m.get("tour.noLinks"));
      }
      for (Link l : g.links()) {
        printLink(out, l, m);
      }
    }

    if (!rt.sources().isEmpty()) {
      heading(out, m.get("tour.heading.sources"));
      for (String source : rt.sources()) {
        wrap(out, "  - ", source);
      }
    }

    if (!rt.unknownFacts().isEmpty()) {
      heading(out, m.get("tour.heading.unknown"));
      for (String fact : rt.unknownFacts()) {
        wrap(out, "  - ", fact);
      }
    }
  }

  private static void printLink(PrintStream out, Link l, CliMessages m) {
    out.println("    - " + l.title() + (l.opensInNewWindow() ? "  " + m.get("tour.newWindow") : ""));
    out.println("      " + l.url().map(Object::toString).orElse(m.get("tour.addressUnknown"))
        + l.featuredMonth().map(month -> "  " + m.get("tour.featured", m.yearMonth(month))).orElse(""));
  }

  /** "January 1949", "1 January 1949" or "in 1949", as the reader's language writes them. */
  private static String describe(PartialDate date, CliMessages m) {
    return date.date().map(m::date).or(() -> date.yearMonth().map(m::yearMonth))
        .orElseGet(() -> m.get("tour.inYear", m.year(date.year())));
  }

  /** A date of the history, as precise as it is known. */
  private static String describeDate(PartialDate date, CliMessages m) {
    return date.date().map(m::date).or(() -> date.yearMonth().map(m::yearMonth)).orElseGet(() -> m.year(date.year()));
  }

  private static String seats(SeatLimit s, CliMessages m) {
    String range = s.maximum().map(max -> max == s.minimum() ? m.number(max) : m.get("tour.range", s.minimum(), max))
        .orElse(m.get("tour.atLeast", s.minimum()));
    return m.get("role." + s.role().name()) + " " + range;
  }

  private static String terms(TermRule t, CliMessages m) {
    String years = ListFormatter.getInstance(ULocale.forLocale(m.locale()), ListFormatter.Type.OR,
        ListFormatter.Width.WIDE).format(t.termYears().stream().map(m::number).toList());
    return m.get("role." + t.role().name()) + " " + m.get("tour.termYears", years, t.termYears().get(t.termYears().size() - 1))
        + t.maxConsecutiveTerms().map(n -> m.get("tour.maxTerms", n)).orElse("")
        + t.gapYearsBeforeReturn().map(n -> m.get("tour.gap", n)).orElse("");
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(CliMessages.columns(title)));
  }

  /** An indented label before its values: a space after it, but none after a full-width colon (Chinese). */
  private static String label(CliMessages m, String key) {
    String label = m.get(key);
    return "    " + label + (label.endsWith("\uFF1A") ? "" : " ");
  }

  /** Prints text after a first-line prefix, wrapped at {@value #WIDTH} columns, with a hanging indent. */
  static void wrap(PrintStream out, String prefix, String text) {
    String indent = " ".repeat(prefix.length());
    StringBuilder line = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line);
  }
}
