package org.irrt.spring.boot;

import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.irrt.model.membership.StatusRules;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * irrt's settings under {@code irrt.*}: what the {@link org.irrt.workflow.Organisation} and the
 * workflows need. Every setting has a default, so a host may set none; a name under {@code irrt.}
 * that is none of these (a typo: {@code irrt.membership-type}) stops the start, named, rather than
 * being ignored.
 *
 * <pre>
 * irrt.zone=America/Chicago
 * irrt.round-table=classpath:org/irrt/data/irrt.json
 * irrt.membership-types=classpath:membership-types.json
 * irrt.campaigns=classpath:campaigns.json
 * irrt.applications.expiry=30d
 * irrt.membership.new-period=P3M
 * irrt.membership.grace=P1M
 * irrt.appointments.deadline=--09-30
 * irrt.appointments.term-start=--07-01
 * irrt.pledges.reminder-days-before=7
 * irrt.store.initialize-schema=true
 * irrt.store.host-transactions=false
 * irrt.web.problem-details=true
 * </pre>
 *
 * @param zone the organisation's time zone: dates of joining, payments and terms are local dates there
 *     (default UTC)
 * @param roundTable where the round table's JSON is (a Spring resource location); none: no committees,
 *     and no committee volunteering engine
 * @param membershipTypes where the membership types are: a JSON array of membership types; none: no
 *     type can be applied for
 * @param campaigns where the fundraising campaigns are: a JSON array of campaigns; none: no pledge can be
 *     recorded
 * @param applications membership applications
 * @param membership memberships' status rules
 * @param appointments committee appointments
 * @param pledges pledge reminders
 * @param store the JDBC store
 * @param web the answers to web requests
 */
@ConfigurationProperties(prefix = "irrt", ignoreUnknownFields = false)
public record IrrtProperties(@DefaultValue("UTC") ZoneId zone, @Nullable String roundTable,
    @Nullable String membershipTypes, @Nullable String campaigns, @DefaultValue Applications applications,
    @DefaultValue Membership membership, @DefaultValue Appointments appointments, @DefaultValue Pledges pledges,
    @DefaultValue Store store, @DefaultValue Web web) {

  /**
   * Checks every setting, so that a start with a wrong one fails at once naming each wrong setting
   * by its property (Spring Boot reports it as "Failed to bind properties under 'irrt'"), rather than
   * starting and misbehaving later: a negative expiry expiring every application at the next sweep,
   * a day {@code --02-30} failing the volunteering engine with a parse error that named no setting,
   * reminder days out of range failing the host's reminder job on its first run.
   *
   * @throws IllegalArgumentException naming every wrong setting, each with what it must be
   * @throws NullPointerException when a group of settings is null (Spring Boot binds each)
   */
  public IrrtProperties {
    Objects.requireNonNull(applications, "applications");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(appointments, "appointments");
    Objects.requireNonNull(pledges, "pledges");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(web, "web");
    List<String> problems = new ArrayList<>();
    if (zone == null) {
      problems.add("irrt.zone must be a time zone id, e.g. America/Chicago");
    }
    for (String[] file : new String[][] {{"irrt.round-table", roundTable}, {"irrt.membership-types", membershipTypes},
        {"irrt.campaigns", campaigns}}) {
      if (file[1] != null && file[1].isBlank()) {
        problems.add(file[0] + " is empty: name a file (e.g. classpath:" + file[0].substring(5) + ".json) or leave it out");
      }
    }
    if (applications.expiry() == null || applications.expiry().isNegative() || applications.expiry().isZero()) {
      problems.add("irrt.applications.expiry must be more than zero, e.g. 30d");
    }
    if (membership.newPeriod() == null || membership.newPeriod().isNegative() || membership.newPeriod().isZero()) {
      problems.add("irrt.membership.new-period must be more than zero, with no negative part, e.g. P3M");
    }
    if (membership.grace() == null || membership.grace().isNegative()) {
      problems.add("irrt.membership.grace must be zero or more, with no negative part, e.g. P1M");
    }
    for (String[] day : new String[][] {{"irrt.appointments.deadline", appointments.deadline(), "--09-30"},
        {"irrt.appointments.term-start", appointments.termStart(), "--07-01"}}) {
      if (!dayOfTheYear(day[1])) {
        problems.add(day[0] + " must be a day that every year has, as --MM-DD (so not February 29), e.g. " + day[2]);
      }
    }
    if (appointments.maxConsecutiveYears() < 1) {
      problems.add("irrt.appointments.max-consecutive-years must be 1 or more, e.g. 4");
    }
    if (appointments.gapYears() < 1) {
      problems.add("irrt.appointments.gap-years must be 1 or more, e.g. 1");
    }
    if (pledges.reminderDaysBefore() < 0 || pledges.reminderDaysBefore() > 366) {
      problems.add("irrt.pledges.reminder-days-before must be 0 to 366, e.g. 7");
    }
    if (pledges.overdueEvery() < 1 || pledges.overdueEvery() > 366) {
      problems.add("irrt.pledges.overdue-every must be 1 to 366, e.g. 14");
    }
    if (pledges.overdueCount() < 0 || pledges.overdueCount() > 12) {
      problems.add("irrt.pledges.overdue-count must be 0 to 12, e.g. 3");
    }
    if (!problems.isEmpty()) {
      throw new WrongValues(problems);
    }
  }

  /** The settings' values this record refuses, every one named by its property. */
  static final class WrongValues extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    WrongValues(List<String> problems) {
      super("irrt's settings have " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
          + String.join("\n  ", problems));
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }

  private static boolean dayOfTheYear(@Nullable String text) {
    if (text == null) {
      return false;
    }
    try {
      return !MonthDay.parse(text).equals(MonthDay.of(2, 29));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Membership applications.
   *
   * @param expiry how long an application may wait for the applicant before the sweep expires it
   *     (default 30 days, {@code MembershipApplicationWorkflow.DEFAULT_EXPIRY})
   */
  public record Applications(@DefaultValue("30d") Duration expiry) {}

  /**
   * Memberships' status rules (CiviCRM's defaults: New for three months from joining, Current from
   * start to end date, Grace for a month after the end, then Expired).
   *
   * @param newPeriod how long a membership is New after joining, the join date plus it included, as
   *     in {@link StatusRules#defaults()} (default {@code P3M})
   * @param grace how long after the end date a membership is in Grace (default {@code P1M})
   */
  public record Membership(@DefaultValue("P3M") Period newPeriod, @DefaultValue("P1M") Period grace) {
    /**
     * The status rules.
     *
     * @return New, Current, Grace, Expired with these periods
     */
    public StatusRules statusRules() {
      return StatusRules.withPeriods(newPeriod, grace);
    }
  }

  /**
   * Committee appointments (ALA practice: volunteer forms close on September 30, terms begin July 1;
   * at most 4 consecutive years on a committee, back after a year off).
   *
   * @param deadline the volunteer forms' deadline, {@code --MM-DD}
   * @param termStart the day terms begin, {@code --MM-DD}
   * @param maxConsecutiveYears the most consecutive years on one committee
   * @param gapYears the years off after which a person may return
   */
  public record Appointments(@DefaultValue("--09-30") String deadline, @DefaultValue("--07-01") String termStart,
      @DefaultValue("4") int maxConsecutiveYears, @DefaultValue("1") int gapYears) {
    /**
     * The appointment cycle.
     *
     * @return the cycle
     * @throws java.time.format.DateTimeParseException when a day is not {@code --MM-DD}
     */
    public AppointmentCycle cycle() {
      return new AppointmentCycle(MonthDay.parse(deadline), MonthDay.parse(termStart));
    }
  }

  /**
   * Pledge reminders (CiviCRM CiviPledge: a reminder some days before each payment, repeated while
   * it is overdue).
   *
   * @param reminderDaysBefore days before the due date (0 to 366)
   * @param overdueEvery days between reminders of an overdue installment (1 to 366)
   * @param overdueCount how many reminders of an overdue installment (0 to 12)
   */
  public record Pledges(@DefaultValue("7") int reminderDaysBefore, @DefaultValue("14") int overdueEvery,
      @DefaultValue("3") int overdueCount) {
    /**
     * The reminder policy.
     *
     * @return the policy
     * @throws IllegalArgumentException when a number is out of its range
     */
    public PledgeWorkflow.Reminders reminders() {
      return new PledgeWorkflow.Reminders(reminderDaysBefore, overdueEvery, overdueCount);
    }
  }

  /**
   * The JDBC store.
   *
   * @param initializeSchema whether the starter applies the store's schema (by the host's Flyway when
   *     it is on the class path, else {@code Schema.apply}); default true
   * @param hostTransactions whether the workflows' stores take part in the host's Spring transactions
   *     (a command's events commit or roll back with the host's rows; every command must then be
   *     issued inside one, e.g. a {@code @Transactional} method); default false: each command
   *     commits on its own
   */
  public record Store(@DefaultValue("true") boolean initializeSchema, @DefaultValue("false") boolean hostTransactions) {}

  /**
   * The answers to web requests.
   *
   * @param problemDetails whether {@link IrrtProblemDetails} answers requests irrt refused (a servlet
   *     web application's {@code @RestController}s); default true
   */
  public record Web(@DefaultValue("true") boolean problemDetails) {}
}
