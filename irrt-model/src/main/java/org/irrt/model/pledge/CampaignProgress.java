package org.irrt.model.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.Violation;
import org.irrt.model.internal.Messages;

/**
 * A campaign's progress at an instant, per currency and never summed across currencies, counting
 * each pledge as it stood that day ({@link Pledge#asOf}): pledged, received (payments, less those
 * reversed by that day: {@link Pledge#received()}), outstanding
 * (pledged less received, never below zero per pledge), overdue (installments past due and unpaid,
 * in the organisation's zone), the number of donors, and the share of the goal. Pledges in other
 * currencies count toward the goal only through {@link #totalIn} with rates the host supplies.
 *
 * <p>Pledged counts an open pledge's total, or what it received when that is more (a payment beyond
 * the total is a gift too), and a cancelled or written-off pledge's received amount only: what was
 * paid toward a closed pledge stays given, the rest is no longer expected, and nothing of it is
 * outstanding or overdue. So pledged is never below received, per pledge and per currency, and a
 * cancellation never makes the share of the goal drop below what was received (ours: a gift
 * received stays a gift, whatever became of the promise).
 *
 * @param campaign the campaign
 * @param at the instant
 * @param zone the organisation's zone
 * @param pledged pledged per currency code
 * @param received received per currency code
 * @param outstanding outstanding per currency code
 * @param overdue overdue per currency code
 * @param donors distinct donors with a pledge neither cancelled nor written off
 */
public record CampaignProgress(Campaign campaign, Instant at, ZoneId zone, SortedMap<String, Money> pledged,
    SortedMap<String, Money> received, SortedMap<String, Money> outstanding, SortedMap<String, Money> overdue,
    int donors) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public CampaignProgress {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(pledged, "pledged");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(overdue, "overdue");
  }

  /**
   * Computes the progress.
   *
   * @param campaign the campaign
   * @param pledges pledges; those of other campaigns are left out
   * @param at the instant
   * @param zone the organisation's zone
   * @return the progress
   */
  public static CampaignProgress of(Campaign campaign, Collection<Pledge> pledges, Instant at, ZoneId zone) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(pledges, "pledges");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    SortedMap<String, Money> pledged = new TreeMap<>();
    SortedMap<String, Money> received = new TreeMap<>();
    SortedMap<String, Money> outstanding = new TreeMap<>();
    SortedMap<String, Money> overdue = new TreeMap<>();
    Set<String> donors = new HashSet<>();
    LocalDate today = LocalDate.ofInstant(at, zone);
    for (Pledge all : pledges) {
      if (!all.campaign().equals(campaign.id())) {
        continue;
      }
      Pledge p = all.asOf(today); // what had come by that day, nothing later
      String code = p.total().currency().getCurrencyCode();
      Money zero = Money.zero(p.total().currency());
      Money got = p.received();
      received.merge(code, got, Money::plus);
      if (p.isClosed()) {
        pledged.merge(code, got, Money::plus); // cancelled or written off: what was received, no more
        outstanding.merge(code, zero, Money::plus);
        overdue.merge(code, zero, Money::plus);
        continue;
      }
      donors.add(p.donor().key());
      pledged.merge(code, got.compareTo(p.total()) > 0 ? got : p.total(), Money::plus);
      Money left = p.total().minus(got);
      outstanding.merge(code, left.isNegative() ? zero : left, Money::plus);
      overdue.merge(code, p.overdueOn(today), Money::plus);
    }
    return new CampaignProgress(campaign, at, zone, pledged, received, outstanding, overdue, donors.size());
  }

  /**
   * The share of the goal pledged in the goal's own currency, rounded up to four decimals, so that
   * the share times the goal is never less than what was pledged in that currency, and so never less
   * than what was received (rounded to the nearest, 1 pledged and received toward a goal of 3 would
   * show 0.3333, less than was received).
   *
   * @return e.g. {@code 0.7800} for 78%, four decimals
   */
  public BigDecimal shareOfGoal() {
    Money goal = campaign.goal();
    Money inGoal = pledged.getOrDefault(goal.currency().getCurrencyCode(), Money.zero(goal.currency()));
    return inGoal.amount().divide(goal.amount(), 4, RoundingMode.CEILING);
  }

  /**
   * A total across currencies, converted with rates the host supplies.
   *
   * @param byCurrency one of {@link #pledged()}, {@link #received()}, {@link #outstanding()}, {@link #overdue()}
   * @param target the currency to total in
   * @param rates a rate from each other currency present into {@code target}
   * @return the total, and the oldest rate date used
   * @throws InvalidValueException naming at {@code rates} every currency present that has no rate
   *     into {@code target} (different currencies are never summed without one)
   */
  public static Converted totalIn(Map<String, Money> byCurrency, Currency target, List<ExchangeRate> rates) {
    Objects.requireNonNull(byCurrency, "byCurrency");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rates, "rates");
    Money sum = Money.zero(target);
    Optional<LocalDate> oldest = Optional.empty();
    List<Violation> missing = new ArrayList<>();
    for (Money m : byCurrency.values()) {
      if (m.currency().equals(target)) {
        sum = sum.plus(m);
        continue;
      }
      Optional<ExchangeRate> rate = rates.stream().filter(r -> r.from().equals(m.currency()) && r.to().equals(target))
          .findFirst();
      if (rate.isEmpty()) {
        missing.add(Messages.violation("rates", "org.irrt.model.rateMissing", m.currency().getCurrencyCode(),
            target.getCurrencyCode()));
        continue;
      }
      sum = sum.plus(rate.get().convert(m));
      oldest = oldest.isEmpty() || rate.get().asOf().isBefore(oldest.get()) ? Optional.of(rate.get().asOf()) : oldest;
    }
    if (!missing.isEmpty()) {
      throw new InvalidValueException("CampaignProgress", missing);
    }
    return new Converted(sum, oldest);
  }

  /**
   * A total converted across currencies.
   *
   * @param total the total
   * @param ratesAsOf the date of the oldest rate used, or empty when no conversion was needed
   */
  public record Converted(Money total, Optional<LocalDate> ratesAsOf) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when an argument is null
     */
    public Converted {
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(ratesAsOf, "ratesAsOf");
    }
  }
}
