package org.irrt.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.common.Money;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignProgress;
import org.irrt.model.pledge.ExchangeRate;
import org.irrt.model.pledge.Installment;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeStatus;
import org.irrt.model.membership.MembershipRegister;

/**
 * Example: a campaign report at a date: progress per currency (never summed across currencies),
 * the total toward the goal with the host's exchange rates and their date, each pledge's status,
 * overdue installments (one line per pledge: its oldest unpaid installments, in a row), reminders
 * due, and a chart of progress toward the goal as an SVG file.
 *
 * <p>Cost: the report makes no pledge's installments; time and memory grow with the file (its
 * pledges and payments), not with the installment counts it names.
 *
 * <p>Run: {@code java org.irrt.examples.CampaignExample [FILE] [DATE] [ZONE] [CHART.svg]}; FILE
 * defaults to the bundled synthetic, international sample.
 */
public final class CampaignExample {
  /** The class-path resource of the sample. */
  public static final String SAMPLE = "/org/irrt/examples/campaign.json";
  /** Reminders go out this many days before an installment falls due. */
  public static final int REMINDER_DAYS = 7;

  private CampaignExample() {}

  /**
   * A campaign file: the campaign, the host's exchange rates, and the pledges.
   *
   * @param note a free note about the data
   * @param campaign the campaign
   * @param rates exchange rates into the goal's currency
   * @param pledges the pledges with their payments
   */
  public record CampaignData(Optional<String> note, Campaign campaign, List<ExchangeRate> rates, List<Pledge> pledges) {}

  /**
   * Prints the report and writes the chart.
   *
   * @param args optionally FILE, DATE, ZONE and CHART
   */
  public static void main(String[] args) {
    CampaignData data = load(args.length > 0 ? Path.of(args[0]) : null);
    ZoneId zone = args.length > 2 ? ZoneId.of(args[2]) : ZoneId.of("America/Chicago");
    LocalDate day = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now(Clock.system(zone));
    String svg = report(data, MembershipExample.load(null), day, zone, System.out, CliMessages.of(Locale.ENGLISH));
    write(svg, Path.of(args.length > 3 ? args[3] : "campaign.svg"));
  }

  /**
   * A campaign file, or the bundled sample.
   *
   * @param file a JSON file, or {@code null}
   * @return the data
   * @throws InvalidValueException listing every problem of the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static CampaignData load(Path file) {
    CampaignData data = ExampleFiles.readComplete(file, SAMPLE, CampaignData.class, "campaign file");
    List<Violation> problems = new java.util.ArrayList<>();
    // A repeat names the first entry it repeats by its path, never the repeated id (Violation.relatedPaths).
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < data.pledges().size(); i++) {
      Integer first = ids.putIfAbsent(data.pledges().get(i).id().value(), i);
      if (first != null) {
        problems.add(new Violation("pledges[" + i + "].id", "org.irrt.examples.field", List.of("pledges[" + first + "]"),
            (locale, earlier) -> CliMessages.of(locale).get("campaign.idTwice", earlier.get(0))));
      }
    }
    java.util.Map<String, Integer> pairs = new java.util.HashMap<>();
    for (int i = 0; i < data.rates().size(); i++) {
      ExchangeRate r = data.rates().get(i);
      Integer first = pairs.putIfAbsent(r.from().getCurrencyCode() + r.to().getCurrencyCode(), i);
      if (first != null) {
        problems.add(new Violation("rates[" + i + "]", "org.irrt.examples.field", List.of("rates[" + first + "]"),
            (locale, earlier) -> CliMessages.of(locale).get("campaign.rateTwice", r.from().getCurrencyCode(),
                r.to().getCurrencyCode(), earlier.get(0))));
      }
    }
    Currency goal = data.campaign().goal().currency();
    for (int i = 0; i < data.pledges().size(); i++) { // the totals convert every currency into the goal's
      Currency currency = data.pledges().get(i).total().currency();
      if (!currency.equals(goal) && data.rates().stream().noneMatch(r -> r.from().equals(currency) && r.to().equals(goal))) {
        problems.add(new Violation("pledges[" + i + "].total.currency", "org.irrt.examples.field",
            locale -> CliMessages.of(locale).get("campaign.noRate", goal.getCurrencyCode())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("campaign file", problems);
    }
    return data;
  }

  /**
   * Writes a chart.
   *
   * @param svg the SVG text
   * @param out the file
   */
  public static void write(String svg, Path out) {
    try {
      Files.writeString(out, svg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the report at the end of a day and returns the chart. Donors by name (from the member
   * register; an outside donor by the name the pledge gives), statuses in words, and the cancelled
   * pledges the totals and the donor count leave out, counted.
   *
   * @param data the campaign and pledges
   * @param members the register that names the donors who are members
   * @param day the day of the report, in the organisation's zone (evaluated at its last moment)
   * @param zone the organisation's zone
   * @param out where to print
   * @param m the words, in the reader's language
   * @return the SVG chart of progress toward the goal
   */
  public static String report(CampaignData data, MembershipRegister members, LocalDate day, ZoneId zone, PrintStream out,
      CliMessages m) {
    Campaign c = data.campaign();
    Instant at = day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    CampaignProgress progress = CampaignProgress.of(c, data.pledges(), at, zone);
    Currency goalCurrency = c.goal().currency();
    long cancelled = data.pledges().stream().filter(p -> p.status(at, zone) == PledgeStatus.CANCELLED).count();
    out.println(m.get("campaign.title", c.name(), c.fund(), m.date(day), m.zone(zone, at)));
    out.println(m.get("campaign.goal", m.money(c.goal()), progress.donors())
        + (cancelled == 0 ? "" : " (" + m.get("campaign.leftOut", cancelled) + ")"));
    out.println();
    out.println(row(m.get("campaign.column.currency"), m.get("campaign.column.pledged"), m.get("campaign.column.received"),
        m.get("campaign.column.outstanding"), m.get("campaign.column.overdue")));
    for (String code : progress.pledged().keySet()) {
      out.println(row(code, m.amount(progress.pledged().get(code)), m.amount(progress.received().get(code)),
          m.amount(progress.outstanding().get(code)), m.amount(progress.overdue().get(code))));
    }
    var pledgedTotal = CampaignProgress.totalIn(progress.pledged(), goalCurrency, data.rates());
    var receivedTotal = CampaignProgress.totalIn(progress.received(), goalCurrency, data.rates());
    out.println();
    out.println(m.get("campaign.toward", goalCurrency.getCurrencyCode(), pledgedTotal.ratesAsOf().map(m::date).orElse("-"),
        m.money(pledgedTotal.total()), m.money(receivedTotal.total()), m.percent(share(pledgedTotal.total(), c.goal())),
        m.percent(progress.shareOfGoal())));

    out.println();
    out.println(m.get("campaign.pledges"));
    for (Pledge p : data.pledges()) {
      String donor = donor(p, members, m);
      out.println("  " + m.get("campaign.pledge", p.tribute().map(t -> m.get("campaign.tribute." + t.kind().name(), donor,
          t.name())).orElse(donor), m.amount(p.total()), p.installmentCount(), m.get("pledgeStatus." + p.status(at, zone).name()),
          m.amount(p.received())));
    }

    out.println();
    out.println(m.get("campaign.overdue"));
    int overdue = 0;
    for (Pledge p : data.pledges()) {
      // One line per pledge: its overdue installments are always its oldest unpaid ones, in a row.
      List<Installment> late = p.overdueInstallments(at, zone);
      if (!late.isEmpty()) {
        Installment first = late.get(0);
        Installment last = late.get(late.size() - 1);
        String donor = donor(p, members, m);
        String amount = m.amount(p.overdueAmount(at, zone));
        out.println("  " + (late.size() == 1 ? m.get("campaign.overdueOne", donor, first.number(), m.date(first.dueDate()), amount)
            : m.get("campaign.overdueRange", donor, first.number(), last.number(), m.date(first.dueDate()),
                m.date(last.dueDate()), amount)));
        overdue++;
      }
    }
    if (overdue == 0) {
      out.println("  " + m.get("list.none"));
    }

    out.println();
    out.println(m.get("campaign.reminders", REMINDER_DAYS));
    int reminders = 0;
    for (Pledge p : data.pledges()) {
      for (Installment i : p.remindersDue(day, REMINDER_DAYS)) {
        out.println("  " + m.get("campaign.reminder", donor(p, members, m), i.number(), m.date(i.dueDate()),
            m.amount(i.outstanding())));
        reminders++;
      }
    }
    if (reminders == 0) {
      out.println("  " + m.get("list.none"));
    }
    return chart(c, pledgedTotal.total(), receivedTotal.total(), day, m);
  }

  /** The donor's name: anonymous, a member's name from the register, or an outside donor's. */
  private static String donor(Pledge p, MembershipRegister members, CliMessages m) {
    if (p.anonymous()) {
      return m.get("campaign.anonymous");
    }
    return p.donor().member().map(id -> members.member(id).map(x -> x.name().badgeName()).orElse(id.value()))
        .or(() -> p.donor().name()).orElse(p.donor().key());
  }

  /**
   * A row of the table: the currency, then four amounts aligned right in 18 columns as a terminal
   * shows them (marks and format characters, such as Arabic's right-to-left mark, take none).
   */
  private static String row(String currency, String... amounts) {
    StringBuilder b = new StringBuilder(currency).append(" ".repeat(Math.max(0, 8 - CliMessages.columns(currency))));
    for (String a : amounts) {
      b.append(" ".repeat(Math.max(1, 19 - CliMessages.columns(a)))).append(a);
    }
    return b.toString();
  }

  /** The share of the whole a part is, to four decimals (a percentage to two). */
  private static BigDecimal share(Money part, Money whole) {
    return part.amount().divide(whole.amount(), 4, RoundingMode.HALF_EVEN);
  }

  /**
   * A horizontal bar: the goal, what is pledged and what is received, with labels in the reader's
   * language, amounts and the day as the locale writes them; {@code xml:lang} names the language,
   * and a right-to-left script (Arabic) gets {@code direction="rtl"} and bars that grow from the
   * right.
   */
  static String chart(Campaign c, Money pledged, Money received, LocalDate day, CliMessages m) {
    double width = 640;
    double pledgedW = Math.min(1.0, pledged.amount().doubleValue() / c.goal().amount().doubleValue()) * width;
    double receivedW = Math.min(1.0, received.amount().doubleValue() / c.goal().amount().doubleValue()) * width;
    boolean rtl = m.rightToLeft();
    java.util.function.DoubleUnaryOperator x = v -> rtl ? 720 - v : v; // text: start is the right end in rtl
    java.util.function.DoubleBinaryOperator bar = (left, w) -> rtl ? 720 - left - w : left;
    List<String> lines = new ArrayList<>();
    lines.add("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"" + xml(m.locale().toLanguageTag()) + "\""
        + (rtl ? " direction=\"rtl\"" : "") + " width=\"720\" height=\"170\" viewBox=\"0 0 720 170\""
        + " font-family=\"Helvetica, Arial, sans-serif\" role=\"img\" aria-label=\"" + xml(m.get("campaign.chart.label")) + "\">");
    lines.add("  <rect width=\"720\" height=\"170\" fill=\"#ffffff\"/>");
    lines.add("  <text x=\"" + fmt(x.applyAsDouble(40)) + "\" y=\"32\" font-size=\"18\" font-weight=\"bold\" fill=\"#1d3d5c\">"
        + xml(c.name()) + "</text>");
    lines.add("  <text x=\"" + fmt(x.applyAsDouble(40)) + "\" y=\"54\" font-size=\"13\" fill=\"#555\">"
        + xml(m.get("campaign.chart.heading", m.money(c.goal()), m.date(day))) + "</text>");
    lines.add("  <rect x=\"40\" y=\"70\" width=\"" + fmt(width) + "\" height=\"40\" rx=\"4\" fill=\"#e6e9ee\"/>");
    lines.add("  <rect x=\"" + fmt(bar.applyAsDouble(40, pledgedW)) + "\" y=\"70\" width=\"" + fmt(pledgedW)
        + "\" height=\"40\" rx=\"4\" fill=\"#8fb3d9\"/>");
    lines.add("  <rect x=\"" + fmt(bar.applyAsDouble(40, receivedW)) + "\" y=\"70\" width=\"" + fmt(receivedW)
        + "\" height=\"40\" rx=\"4\" fill=\"#1d3d5c\"/>");
    lines.add("  <text x=\"" + fmt(x.applyAsDouble(40)) + "\" y=\"132\" font-size=\"13\" fill=\"#1d3d5c\">"
        + xml(m.get("campaign.chart.received", m.money(received))) + "</text>");
    lines.add("  <text x=\"" + fmt(x.applyAsDouble(260)) + "\" y=\"132\" font-size=\"13\" fill=\"#4f7fb0\">"
        + xml(m.get("campaign.chart.pledged", m.money(pledged))) + "</text>");
    lines.add("  <text x=\"" + fmt(x.applyAsDouble(40)) + "\" y=\"154\" font-size=\"11\" fill=\"#777\">"
        + xml(m.get("campaign.chart.note")) + "</text>");
    lines.add("</svg>");
    return String.join("\n", lines) + "\n";
  }

  private static String fmt(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
