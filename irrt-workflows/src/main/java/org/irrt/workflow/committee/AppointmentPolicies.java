package org.irrt.workflow.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.PartialTermRule;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.workflow.Refusal;

/**
 * The rules an appointment must meet, as a named list of small policies, each giving a reason when
 * it refuses (ALA committee practice, DOMAIN.md section 3):
 *
 * <ul>
 *   <li>{@code knownCommittee}: the committee is one of the round table's;
 *   <li>{@code termLength}: the term's length is one the committee's term rule allows for the role
 *       (1 or 2 years when the sources give no rule); for a vacancy filled for the rest of a term,
 *       the length of the full term;
 *   <li>{@code oneSeat}: a person holds one position on a committee at a time;
 *   <li>{@code seatLimit}: on no day of the term are the role's seats on the committee all taken
 *       (people serving one after the other hold one seat);
 *   <li>{@code threePositions}: no one holds more than three positions on any one day (ALA policy:
 *       "at once"; a term ending June 30 and one beginning July 1 are not held at once). Every role
 *       counts, ex officio and staff liaison too: the policy names positions, not votes;
 *   <li>{@code termLimit}: at most {@code maxConsecutiveYears} (default 4) consecutive years on a
 *       committee, and at most the committee's consecutive-terms limit for the role; a gap of {@code
 *       gapYears} (default 1) starts afresh, for the role's terms a gap of the role's own {@link
 *       TermRule#gapYearsBeforeReturn()} when it asks for more (a chair who served the 2 consecutive
 *       terms allowed, under a rule of 2 years off, may not chair again after 1). The run of service counted is the one holding the
 *       proposed term, before and after it: terms booked ahead count too. A partial term counts as the full term it belongs to, in
 *       years and terms, when {@code partialTerms} says so, and as nothing otherwise (default: more
 *       than half a term served counts, Robert's Rules of Order Newly Revised, 12th ed., 47:4);
 *   <li>{@code internEligibility}: interns (associates) are people never appointed before;
 *   <li>{@code staggering} (ours): on a committee of three or more members whose members may serve
 *       terms of more than one length, no more than half of the members' terms (rounded up) end in
 *       the same year.
 * </ul>
 *
 * @param roundTable the committees and their rules
 * @param maxConsecutiveYears the most consecutive years on one committee
 * @param gapYears the years off after which a person may return
 * @param partialTerms whether a partial term counts toward the limits as a full term
 */
public record AppointmentPolicies(RoundTable roundTable, int maxConsecutiveYears, int gapYears,
    PartialTermRule partialTerms) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when a number is below 1
   */
  public AppointmentPolicies {
    Objects.requireNonNull(roundTable, "roundTable");
    Objects.requireNonNull(partialTerms, "partialTerms");
    if (maxConsecutiveYears < 1 || gapYears < 1) {
      throw new IllegalArgumentException("limits must be at least 1 year");
    }
  }

  /**
   * The policies with Robert's Rules for partial terms ({@link PartialTermRule#MORE_THAN_HALF_COUNTS}).
   *
   * @param roundTable the committees and their rules
   * @param maxConsecutiveYears the most consecutive years on one committee
   * @param gapYears the years off after which a person may return
   * @throws IllegalArgumentException when a number is below 1
   */
  public AppointmentPolicies(RoundTable roundTable, int maxConsecutiveYears, int gapYears) {
    this(roundTable, maxConsecutiveYears, gapYears, PartialTermRule.MORE_THAN_HALF_COUNTS);
  }

  /**
   * The ALA defaults: 4 consecutive years, a 1-year gap; a partial term counts as a full term when
   * more than half of it was served (Robert's Rules of Order Newly Revised, 12th ed., 47:4; no ALA text
   * on partial terms was found, and hosts whose bylaws say otherwise choose another {@link
   * PartialTermRule}).
   *
   * @param roundTable the round table
   * @return the policies
   */
  public static AppointmentPolicies ala(RoundTable roundTable) {
    return new AppointmentPolicies(roundTable, 4, 1, PartialTermRule.MORE_THAN_HALF_COUNTS);
  }

  /**
   * These policies with another rule for partial terms.
   *
   * @param rule the rule
   * @return the policies
   */
  public AppointmentPolicies withPartialTerms(PartialTermRule rule) {
    Objects.requireNonNull(rule, "rule");
    return new AppointmentPolicies(roundTable, maxConsecutiveYears, gapYears, rule);
  }

  /** One policy: a name and a check. */
  private record Policy(String name, Function<Check, Optional<Refusal>> check) {}

  private record Check(Appointment proposed, Roster roster, Optional<Committee> committee) {}

  private List<Policy> policies() {
    return List.of(
        new Policy("knownCommittee", c -> c.committee().isPresent() ? Optional.empty()
            : Optional.of(new Refusal("knownCommittee", "org.irrt.workflow.committee.unknown", c.proposed().committee().value()))),
        new Policy("termLength", this::termLength),
        new Policy("oneSeat", this::oneSeat),
        new Policy("seatLimit", this::seatLimit),
        new Policy("threePositions", this::threePositions),
        new Policy("termLimit", this::termLimit),
        new Policy("internEligibility", this::internEligibility),
        new Policy("staggering", this::staggering));
  }

  /**
   * Every reason the appointment is refused, in policy order.
   *
   * @param proposed the appointment
   * @param roster the current roster
   * @return the refusals; empty when every policy holds
   */
  public List<Refusal> check(Appointment proposed, Roster roster) {
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(roster, "roster");
    Optional<Committee> committee = roundTable.committee(proposed.committee());
    Check c = new Check(proposed, roster, committee);
    List<Refusal> refusals = new ArrayList<>();
    for (Policy p : policies()) {
      if (committee.isEmpty() && !p.name().equals("knownCommittee")) {
        continue;
      }
      p.check().apply(c).ifPresent(refusals::add);
    }
    return refusals;
  }

  /**
   * The term lengths a committee's rule allows for a role (1 or 2 years when the sources give none).
   *
   * @param committee the committee
   * @param role the role
   * @return the lengths in years
   */
  public List<Integer> allowedTermYears(CommitteeId committee, CommitteeRole role) {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(role, "role");
    return roundTable.committee(committee).flatMap(k -> k.termRule(role)).map(TermRule::termYears)
        .orElse(List.of(1, 2));
  }

  /**
   * The refusal of a term length, when it is not allowed.
   *
   * @param committee the committee
   * @param role the role
   * @param years the proposed length in years (any int, also zero or negative)
   * @return the refusal, or empty when the length is allowed
   */
  public Optional<Refusal> termLength(CommitteeId committee, CommitteeRole role, int years) {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(role, "role");
    List<Integer> allowed = allowedTermYears(committee, role);
    return allowed.contains(years) ? Optional.empty()
        : Optional.of(new Refusal("termLength", "org.irrt.workflow.committee.termLength", years,
            allowed.stream().map(String::valueOf).collect(Collectors.joining(", "))));
  }

  private Optional<Refusal> termLength(Check c) {
    return termLength(c.proposed().committee(), c.proposed().role(), c.proposed().term().years());
  }

  private Optional<Refusal> oneSeat(Check c) {
    Appointment p = c.proposed();
    return c.roster().of(p.member()).stream().anyMatch(a -> a.committee().equals(p.committee()) && a.overlaps(p))
        ? Optional.of(new Refusal("oneSeat", "org.irrt.workflow.committee.oneSeat", p.committee().value()))
        : Optional.empty();
  }

  private Optional<Refusal> seatLimit(Check c) {
    Optional<Integer> max = c.committee().flatMap(k -> k.seatLimit(c.proposed().role())).flatMap(SeatLimit::maximum);
    if (max.isEmpty()) {
      return Optional.empty();
    }
    long taken = mostOnOneDay(c.roster().appointments().stream().filter(a -> a.committee().equals(c.proposed().committee())
        && a.role() == c.proposed().role()).toList(), c.proposed());
    return taken < max.get() ? Optional.empty()
        : Optional.of(new Refusal("seatLimit", "org.irrt.workflow.committee.full", c.proposed().role().name(), max.get()));
  }

  private Optional<Refusal> threePositions(Check c) {
    long held = mostOnOneDay(c.roster().of(c.proposed().member()), c.proposed());
    return held < 3 ? Optional.empty()
        : Optional.of(new Refusal("threePositions", "org.irrt.workflow.committee.threePositions"));
  }

  private Optional<Refusal> termLimit(Check c) {
    Appointment p = c.proposed();
    List<Appointment> others = c.roster().of(p.member()).stream()
        .filter(a -> a.committee().equals(p.committee()) && !a.overlaps(p)).toList();
    int years = 0;
    for (Appointment a : run(p, others, gapYears)) {
      if (a.countsAsFullTerm(partialTerms)) { // an uncounted partial term counts as nothing, but is no gap
        years += a.term().years();
      }
    }
    if (years > maxConsecutiveYears) {
      return Optional.of(new Refusal("termLimit", "org.irrt.workflow.committee.consecutiveYears", maxConsecutiveYears, gapYears));
    }
    Optional<TermRule> rule = c.committee().flatMap(k -> k.termRule(p.role()));
    Optional<Integer> maxTerms = rule.flatMap(TermRule::maxConsecutiveTerms);
    if (maxTerms.isEmpty()) {
      return Optional.empty();
    }
    // The role's own years off after its consecutive limit (TermRule.gapYearsBeforeReturn), never fewer
    // than the policy's: terms less than that apart count as consecutive in the role.
    int roleGap = Math.max(gapYears, rule.flatMap(TermRule::gapYearsBeforeReturn).orElse(gapYears));
    long sameRoleTerms = run(p, others, roleGap).stream()
        .filter(a -> a.role() == p.role() && a.countsAsFullTerm(partialTerms)).count();
    return sameRoleTerms > maxTerms.get()
        ? Optional.of(new Refusal("termLimit", "org.irrt.workflow.committee.consecutiveTerms", maxTerms.get()))
        : Optional.empty();
  }

  /**
   * The run of service holding the proposed term, before and after it (terms may be booked ahead):
   * grown by every term less than {@code gap} years away from it, until none is.
   */
  private static List<Appointment> run(Appointment p, List<Appointment> others, int gap) {
    LocalDate runStart = p.start();
    LocalDate runEnd = p.end();
    List<Appointment> run = new ArrayList<>(List.of(p));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Appointment a : others) {
        if (!run.contains(a) && a.end().plusYears(gap).isAfter(runStart.minusDays(1))
            && runEnd.plusYears(gap).isAfter(a.start().minusDays(1))) {
          run.add(a);
          runStart = a.start().isBefore(runStart) ? a.start() : runStart;
          runEnd = a.end().isAfter(runEnd) ? a.end() : runEnd;
          grew = true;
        }
      }
    }
    return run;
  }

  /**
   * The most of some appointments held on any one day of a term: a term ending on June 30 and one
   * beginning on July 1 are never held at once, and two held one after the other count once.
   */
  private static long mostOnOneDay(List<Appointment> held, Appointment term) {
    List<Appointment> during = held.stream().filter(a -> a.overlaps(term)).toList();
    // The count only rises on a first day, so the most is reached on the term's or another's first day.
    return during.stream().map(Appointment::start).filter(term::activeOn)
        .map(day -> during.stream().filter(a -> a.activeOn(day)).count())
        .reduce(during.stream().filter(a -> a.activeOn(term.start())).count(), Math::max);
  }

  private Optional<Refusal> internEligibility(Check c) {
    return c.proposed().role() == CommitteeRole.INTERN && !c.roster().of(c.proposed().member()).isEmpty()
        ? Optional.of(new Refusal("internEligibility", "org.irrt.workflow.committee.internAppointedBefore"))
        : Optional.empty();
  }

  private Optional<Refusal> staggering(Check c) {
    Appointment p = c.proposed();
    Optional<Integer> max = c.committee().flatMap(k -> k.seatLimit(CommitteeRole.MEMBER)).flatMap(SeatLimit::maximum);
    int lengths = c.committee().flatMap(k -> k.termRule(CommitteeRole.MEMBER)).map(t -> t.termYears().size()).orElse(2);
    if (p.role() != CommitteeRole.MEMBER || max.isEmpty() || max.get() < 3 || lengths < 2) {
      return Optional.empty(); // nothing to stagger with: one term length only
    }
    Map<Integer, Long> endYears = c.roster().appointments().stream()
        .filter(a -> a.committee().equals(p.committee()) && a.role() == CommitteeRole.MEMBER && a.overlaps(p))
        .collect(Collectors.groupingBy(a -> a.end().getYear(), Collectors.counting()));
    long sameYear = endYears.getOrDefault(p.end().getYear(), 0L) + 1;
    int limit = (max.get() + 1) / 2;
    return sameYear <= limit ? Optional.empty()
        : Optional.of(new Refusal("staggering", "org.irrt.workflow.committee.staggering", p.end().getYear(), limit));
  }
}
