package org.irrt.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeRole;
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
 * on the page, marking those that open a new window and those whose address no source gives.
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
    out.println(rt.name() + " (" + rt.acronym() + ")");
    out.println("A round table of the " + rt.parentOrganization().name()
        + rt.parentOrganization().acronym().map(a -> " (" + a + ")").orElse(""));
    StringBuilder founded = new StringBuilder("Established " + describe(rt.established()));
    rt.establishedBy().ifPresent(by -> founded.append(" by the ").append(by));
    if (!rt.formerNames().isEmpty()) {
      FormerName first = rt.formerNames().get(0);
      founded.append(" as the ").append(first.name())
          .append(" (name used ").append(first.fromYear()).append('-').append(first.untilYear()).append(')');
    }
    wrap(out, "", founded + ".");

    heading(out, "Purpose");
    for (int i = 0; i < rt.purposes().size(); i++) {
      wrap(out, "  " + (i + 1) + ". ", rt.purposes().get(i));
    }

    if (!rt.liaisonBodies().isEmpty()) {
      heading(out, "Liaison");
      for (LiaisonBody b : rt.liaisonBodies()) {
        out.println("  * " + b.name() + b.acronym().map(a -> " (" + a + ")").orElse(""));
        b.relationship().ifPresent(r -> wrap(out, "    ", r));
        for (Link l : b.links()) {
          printLink(out, l);
        }
      }
    }

    if (!rt.history().isEmpty()) {
      heading(out, "History");
      for (HistoryEvent e : rt.history()) {
        wrap(out, String.format("  %-9s ", e.date()), e.description());
      }
    }

    heading(out, "Initiatives");
    for (Initiative i : rt.initiatives()) {
      out.println("  * " + i.name() + " [" + words(i.kind().name())
          + i.started().map(s -> ", since " + s.year()).orElse("") + "]");
      wrap(out, "    ", i.summary());
      if (!i.topics().isEmpty()) {
        wrap(out, "    Themes: ", String.join("; ", i.topics()));
      }
      for (String fact : i.facts()) {
        wrap(out, "    - ", fact);
      }
      out.println("    " + i.url().map(Object::toString).orElse("(address unknown)"));
    }

    if (!rt.interestGroups().isEmpty()) {
      heading(out, "Interest groups");
      for (InterestGroup g : rt.interestGroups()) {
        out.println("  * " + g.name() + g.acronym().map(a -> " (" + a + ")").orElse(""));
        wrap(out, "    ", g.purpose());
        out.println("    " + g.url().map(Object::toString).orElse("(address unknown)"));
      }
    }

    heading(out, "Committees");
    for (Committee c : rt.committees()) {
      out.println("  * " + c.name() + " [" + words(c.kind().name()) + "]"
          + (c.formerNames().isEmpty() ? "" : " formerly " + String.join(", ", c.formerNames())));
      if (!c.seats().isEmpty()) {
        wrap(out, "    Seats: ", c.seats().stream().map(TourExample::seats).collect(Collectors.joining("; ")));
      }
      if (!c.termRules().isEmpty()) {
        wrap(out, "    Terms: ", c.termRules().stream().map(TourExample::terms).collect(Collectors.joining("; ")));
      }
      c.appointingOfficer().ifPresent(a -> out.println("    Appointed by the " + a));
      c.charge().ifPresent(ch -> wrap(out, "    Charge: ", ch));
      for (String note : c.notes()) {
        wrap(out, "    - ", note);
      }
    }

    rt.newsletter().ifPresent(n -> {
      heading(out, "Newsletter");
      out.println("  " + n.title() + n.issn().map(s -> " (ISSN " + s + ")").orElse(""));
    });

    heading(out, "Links");
    for (LinkGroup g : rt.linkGroups()) {
      out.println("  " + g.title());
      if (g.links().isEmpty()) {
        out.println("    (no links on the page)");
      }
      for (Link l : g.links()) {
        printLink(out, l);
      }
    }

    if (!rt.sources().isEmpty()) {
      heading(out, "Sources");
      for (String source : rt.sources()) {
        wrap(out, "  - ", source);
      }
    }

    if (!rt.unknownFacts().isEmpty()) {
      heading(out, "Not known from any source");
      for (String fact : rt.unknownFacts()) {
        wrap(out, "  - ", fact);
      }
    }
  }

  private static void printLink(PrintStream out, Link l) {
    out.println("    - " + l.title() + (l.opensInNewWindow() ? "  [opens in a new window]" : ""));
    out.println("      " + l.url().map(Object::toString).orElse("(address unknown)")
        + l.featuredMonth().map(m -> "  featured " + m).orElse(""));
  }

  private static String describe(PartialDate date) {
    return date.yearMonth()
        .map(ym -> (date.date().isPresent() ? date.date().get().getDayOfMonth() + " " : "")
            + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear())
        .orElse("in " + date.year());
  }

  private static String seats(SeatLimit s) {
    String range = s.maximum().map(max -> max == s.minimum() ? String.valueOf(max) : s.minimum() + "-" + max)
        .orElse("at least " + s.minimum());
    return roleName(s.role(), true) + " " + range;
  }

  private static String terms(TermRule t) {
    String years = t.termYears().stream().map(String::valueOf).collect(Collectors.joining(" or "));
    return roleName(t.role(), true) + " " + years + (t.termYears().equals(List.of(1)) ? " year" : " years")
        + t.maxConsecutiveTerms().map(n -> ", at most " + n + " consecutive terms").orElse("")
        + t.gapYearsBeforeReturn().map(n -> ", then " + n + " year(s) off").orElse("");
  }

  private static String roleName(CommitteeRole role, boolean plural) {
    String name = words(role.name());
    return plural && role == CommitteeRole.MEMBER ? "members" : name;
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
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
