package org.irrt.spring.boot;

import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.irrt.model.membership.MembershipStatus;
import org.irrt.model.membership.StatusRule;
import org.irrt.model.membership.StatusRules;
import org.irrt.workflow.committee.AppointmentCycle;
import org.irrt.workflow.pledge.PledgeWorkflow;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * irrt's settings under {@code irrt.*}: what the {@link org.irrt.workflow.Organisation} and the
 * workflows need. Every setting has a default, so a host may set none.
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
 */
@ConfigurationProperties("irrt")
public record IrrtProperties(@DefaultValue("UTC") ZoneId zone, @Nullable String roundTable,
    @Nullable String membershipTypes, @Nullable String campaigns, @DefaultValue Applications applications,
    @DefaultValue Membership membership, @DefaultValue Appointments appointments, @DefaultValue Pledges pledges,
    @DefaultValue Store store) {

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
   * @param newPeriod how long a membership is New after joining (default {@code P3M})
   * @param grace how long after the end date a membership is in Grace (default {@code P1M})
   */
  public record Membership(@DefaultValue("P3M") Period newPeriod, @DefaultValue("P1M") Period grace) {
    /**
     * The status rules.
     *
     * @return New, Current, Grace, Expired with these periods
     */
    public StatusRules statusRules() {
      return StatusRules.of(List.of(
          StatusRule.of(MembershipStatus.NEW, StatusRule.Anchor.JOIN_DATE, Period.ZERO, StatusRule.Anchor.JOIN_DATE,
              newPeriod.minusDays(1)),
          StatusRule.of(MembershipStatus.CURRENT, StatusRule.Anchor.START_DATE, Period.ZERO,
              StatusRule.Anchor.END_DATE, Period.ZERO),
          StatusRule.of(MembershipStatus.GRACE, StatusRule.Anchor.END_DATE, Period.ofDays(1),
              StatusRule.Anchor.END_DATE, grace),
          StatusRule.of(MembershipStatus.EXPIRED, StatusRule.Anchor.END_DATE, grace.plusDays(1), null, null)));
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
}
