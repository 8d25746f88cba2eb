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
   * Prints the state of the memberships on a day.
   *
   * @param register the register
   * @param day the day, in the organisation's time zone
   * @param zone the organisation's time zone (printed for the record)
   * @param out where to print
   */
  public static void report(MembershipRegister register, LocalDate day, ZoneId zone, PrintStream out) {
    StatusRules rules = StatusRules.defaults();
    out.println("Memberships on " + day + " (" + zone + ")");
    out.println();
    out.println(pad("Member", 46) + pad("Type", 31) + pad("Start", 11) + pad("End", 11) + "Status");
    List<Membership> inGrace = new ArrayList<>();
    List<Money> dues = new ArrayList<>();
    for (Membership m : register.memberships()) {
      MembershipType type = register.type(m.typeId()).orElseThrow();
      MembershipStatus status = rules.statusOf(m, day);
      out.println(pad(name(register, m), 46) + pad(type.name(), 31) + pad(m.startDate().toString(), 11)
          + pad(m.endDate().map(Object::toString).orElse("(life)"), 11) + status
          + m.renewalRequestedOn().map(d -> "  renewal asked " + d).orElse(""));
      if (status == MembershipStatus.GRACE) {
        inGrace.add(m);
      }
      boolean endingSoon = status.countsAsMembership() && m.endDate().isPresent()
          && !m.endDate().get().isAfter(day.plusDays(DUES_HORIZON_DAYS));
      if (endingSoon && !type.fee().isZero()) {
        dues.add(type.fee());
      }
    }

    out.println();
    out.println("In grace (still members, asked to renew):");
    if (inGrace.isEmpty()) {
      out.println("  nobody");
    }
    for (Membership m : inGrace) {
      out.println("  - " + name(register, m) + ", ended " + m.endDate().orElseThrow());
    }

    out.println();
    out.println("Renewal reminders due today (30 and 7 days before the end; 1 and 14 days into grace):");
    List<ReminderPolicy.Reminder> reminders = REMINDERS.due(register.memberships(), day, rules);
    if (reminders.isEmpty()) {
      out.println("  none");
    }
    for (ReminderPolicy.Reminder r : reminders) {
      Member member = register.member(r.membership().memberId()).orElseThrow();
      out.println("  - " + member.name().displayName() + " <" + member.email().value() + ">, in "
          + member.preferredLanguage() + ": " + (r.inGrace() ? days(r.daysFromEnd()) + " into grace"
              : days(-r.daysFromEnd()) + " before the end"));
    }

    out.println();
    out.println("Dues due per currency (in grace or ending within " + DUES_HORIZON_DAYS + " days):");
    Map<String, Money> totals = Money.totalsByCurrency(dues);
    if (totals.isEmpty()) {
      out.println("  none");
    }
    totals.forEach((code, total) -> out.println(String.format("  %s %s", code, total.amount().toPlainString())));
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
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
