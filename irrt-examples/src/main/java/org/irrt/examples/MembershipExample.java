package org.irrt.examples;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irrt.model.common.Money;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.member.Member;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.membership.MembershipStatus;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.ReminderPolicy;
import org.irrt.model.membership.StatusRules;

/**
 * Example: the state of an organisation's memberships on a day: each member's status, who is in
 * grace, who needs a renewal reminder, and the dues coming in per currency (never summed across
 * currencies).
 *
 * <p>Run: {@code java org.irrt.examples.MembershipExample [FILE] [DATE] [ZONE]}; FILE defaults to
 * the bundled synthetic sample (members in several scripts and countries, fees in USD, EUR, JPY,
 * BHD and NGN), DATE to today in ZONE, ZONE to America/Chicago (ALA's headquarters).
 */
public final class MembershipExample {
  /** The class-path resource of the synthetic sample. */
  public static final String SAMPLE = "/org/irrt/examples/members.json";
  /** The default organisation time zone. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Chicago");
  /** Reminders 30 and 7 days before the end date, and 1 and 14 days into grace. */
  public static final ReminderPolicy REMINDERS =
      ReminderPolicy.builder().addDaysBeforeEnd(30, 7).addDaysAfterEnd(1, 14).build();
  /** Dues are counted for memberships in grace or ending within this many days. */
  public static final int DUES_HORIZON_DAYS = 30;

  private MembershipExample() {}

  /**
   * Prints the report.
   *
   * @param args optionally FILE, DATE (YYYY-MM-DD) and ZONE
   */
  public static void main(String[] args) {
    MembershipRegister register = load(args.length > 0 ? Path.of(args[0]) : null);
    ZoneId zone = args.length > 2 ? ZoneId.of(args[2]) : DEFAULT_ZONE;
    LocalDate day = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now(Clock.system(zone));
    report(register, day, zone, System.out);
  }

  /**
   * A register from a JSON file, or the bundled sample when {@code file} is {@code null}.
   *
   * @param file a UTF-8 JSON file, or {@code null}
   * @return the register
   * @throws org.irrt.model.common.InvalidValueException listing every problem of the file
   */
  public static MembershipRegister load(Path file) {
    if (file != null) {
      return IrrtJson.read(file, MembershipRegister.class);
    }
    try (InputStream in = MembershipExample.class.getResourceAsStream(SAMPLE)) {
      return IrrtJson.read(in, MembershipRegister.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the state of the memberships on a day, in English.
   *
   * @param register the register
   * @param day the day, in the organisation's time zone
   * @param zone the organisation's time zone (printed for the record)
   * @param out where to print
   */
  public static void report(MembershipRegister register, LocalDate day, ZoneId zone, PrintStream out) {
    report(register, day, zone, out, CliMessages.of(java.util.Locale.ENGLISH));
  }

  /**
   * Prints the state of the memberships on a day: statuses in words, names rather than ids, and
   * how many memberships the dues leave out (those without a fee). Days, amounts and counts are
   * written as the reader's locale writes them ({@link CliMessages}); the table's days in digits
   * ({@link CliMessages#shortDate}), so that its columns stay aligned.
   *
   * @param register the register
   * @param day the day, in the organisation's time zone
   * @param zone the organisation's time zone (printed for the record)
   * @param out where to print
   * @param m the words, in the reader's language
   */
  public static void report(MembershipRegister register, LocalDate day, ZoneId zone, PrintStream out, CliMessages m) {
    StatusRules rules = StatusRules.defaults();
    out.println(m.get("memberships.title", m.date(day), m.zone(zone, day.atStartOfDay(zone).toInstant())));
    out.println();
    out.println(pad(m.get("memberships.column.member"), 46) + pad(m.get("memberships.column.type"), 31)
        + pad(m.get("memberships.column.start"), 11) + pad(m.get("memberships.column.end"), 11)
        + m.get("memberships.column.status"));
    List<Membership> inGrace = new ArrayList<>();
    List<Money> dues = new ArrayList<>();
    int free = 0;
    for (Membership ms : register.memberships()) {
      MembershipType type = register.type(ms.typeId()).orElseThrow();
      MembershipStatus status = rules.statusOf(ms, day);
      out.println(pad(name(register, ms), 46) + pad(type.name(), 31) + pad(m.shortDate(ms.startDate()), 11)
          + pad(ms.endDate().map(m::shortDate).orElse(m.get("memberships.life")), 11) + m.get("status." + status.name())
          + ms.renewalRequestedOn().map(d -> "  " + m.get("memberships.renewalAsked", m.date(d))).orElse(""));
      if (status == MembershipStatus.GRACE) {
        inGrace.add(ms);
      }
      boolean endingSoon = status.countsAsMembership() && ms.endDate().isPresent()
          && !ms.endDate().get().isAfter(day.plusDays(DUES_HORIZON_DAYS));
      if (endingSoon && type.fee().isZero()) {
        free++;
      } else if (endingSoon) {
        dues.add(type.fee());
      }
    }

    out.println();
    out.println(m.get("memberships.grace"));
    if (inGrace.isEmpty()) {
      out.println("  " + m.get("list.none"));
    }
    for (Membership ms : inGrace) {
      out.println("  - " + m.get("memberships.graceLine", name(register, ms), m.date(ms.endDate().orElseThrow())));
    }

    out.println();
    List<Integer> before = List.copyOf(REMINDERS.daysBeforeEnd()); // in the order given: 30, 7
    List<Integer> after = List.copyOf(REMINDERS.daysAfterEnd());
    out.println(m.get("memberships.reminders", before.get(0), before.get(1), after.get(0), after.get(1)));
    List<ReminderPolicy.Reminder> reminders = REMINDERS.due(register.memberships(), day, rules);
    if (reminders.isEmpty()) {
      out.println("  " + m.get("list.none"));
    }
    for (ReminderPolicy.Reminder r : reminders) {
      Member member = register.member(r.membership().memberId()).orElseThrow();
      out.println("  - " + m.get(r.inGrace() ? "memberships.intoGrace" : "memberships.before", member.name().badgeName(),
          member.email().value(), m.language(member.preferredLanguage()), Math.abs(r.daysFromEnd())));
    }

    out.println();
    out.println(m.get("memberships.dues", DUES_HORIZON_DAYS));
    Map<String, Money> totals = Money.totalsByCurrency(dues);
    if (totals.isEmpty()) {
      out.println("  " + m.get("list.none"));
    }
    totals.forEach((code, total) -> out.println("  " + m.amount(total)));
    if (free > 0) {
      out.println("  (" + m.get("memberships.freeLeftOut", free) + ")");
    }
  }

  /**
   * Pads text to a column width as a terminal shows it: East Asian wide characters take two columns,
   * combining marks none.
   */
  static String pad(String text, int width) {
    int columns = text.codePoints().map(cp -> {
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
        return 0;
      }
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }).sum();
    return text + " ".repeat(Math.max(1, width - columns));
  }

  private static String name(MembershipRegister register, Membership m) {
    return register.member(m.memberId()).map(member -> member.name().badgeName()).orElse(m.memberId().value());
  }
}
