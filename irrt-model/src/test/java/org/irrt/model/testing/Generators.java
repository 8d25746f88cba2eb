package org.irrt.model.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.committee.CommitteeKind;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkCategory;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkGroupId;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.link.LinkId;
import org.irrt.model.roundtable.FormerName;
import org.irrt.model.roundtable.HistoryEvent;
import org.irrt.model.roundtable.Initiative;
import org.irrt.model.roundtable.InitiativeId;
import org.irrt.model.roundtable.InitiativeKind;
import org.irrt.model.roundtable.InterestGroup;
import org.irrt.model.roundtable.InterestGroupId;
import org.irrt.model.roundtable.LiaisonBody;
import org.irrt.model.roundtable.Organization;
import org.irrt.model.roundtable.Publication;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.roundtable.RoundTableId;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of valid library values, with text in many scripts (Latin with
 * combining marks, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Ethiopic, CJK, Hangul, emoji
 * outside the BMP). Built on the randomness source, so failures shrink.
 */
public final class Generators {
  private Generators() {}

  /** Code point ranges of letters in many scripts. */
  private static final int[][] SCRIPTS = {
    {0x41, 0x5A}, {0x61, 0x7A}, {0xC0, 0xD6}, {0xE0, 0xF6}, {0x391, 0x3A9}, {0x3B1, 0x3C9},
    {0x410, 0x44F}, {0x5D0, 0x5EA}, {0x621, 0x63A}, {0x905, 0x939}, {0xE01, 0xE2E},
    {0x1200, 0x1248}, {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3}, {0x1F600, 0x1F64F}
  };

  static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  static boolean chance(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  static <T> T pick(RandomnessSource in, List<T> options) {
    return options.get(between(in, 0, options.size() - 1));
  }

  static <T> List<T> listOf(RandomnessSource in, int max, Function<Integer, T> element) {
    int n = between(in, 0, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(i));
    }
    return out;
  }

  /** Words of letters from one script each, sometimes with a combining accent; never blank. */
  public static String text(RandomnessSource in, int maxWords) {
    StringBuilder sb = new StringBuilder();
    int words = between(in, 1, maxWords);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      int[] script = SCRIPTS[between(in, 0, SCRIPTS.length - 1)];
      int letters = between(in, 1, 8);
      for (int i = 0; i < letters; i++) {
        int cp = between(in, script[0], script[1]);
        while (com.ibm.icu.lang.UCharacter.getType(cp) == com.ibm.icu.lang.UCharacterCategory.UNASSIGNED) {
          cp--; // gaps in a block (U+03A2): take the letter before
        }
        sb.appendCodePoint(cp);
        if (script[1] < 0x100 && between(in, 0, 5) == 0) {
          sb.appendCodePoint(between(in, 0x300, 0x36F)); // combining mark: exercises NFC
        }
      }
    }
    return sb.toString();
  }

  public static Gen<String> text() {
    return in -> text(in, 6);
  }

  static String slug(RandomnessSource in, String prefix, int index) {
    return prefix + "-" + index + (chance(in) ? "-" + Integer.toString(between(in, 0, 1295), 36) : "");
  }

  public static Gen<WebUrl> urls() {
    return in -> {
      StringBuilder sb = new StringBuilder(chance(in) ? "https://" : "http://");
      int labels = between(in, 1, 3);
      for (int i = 0; i < labels; i++) {
        sb.append(pick(in, List.of("www", "ala", "example", "biblioteca", "xn--bcher-kva", "a1-b2")))
            .append('.');
      }
      sb.append(pick(in, List.of("org", "com", "de", "jp", "museum")));
      if (chance(in)) {
        sb.append(':').append(between(in, 1, 65535));
      }
      if (chance(in)) {
        sb.append('/').append(pick(in, List.of("rt/irrt", "caf\u00e9", "%E2%82%AC", "a_b-c.d~e", "\u65e5\u672c")));
      }
      if (chance(in)) {
        sb.append("?q=").append(between(in, 0, 999)).append("&lang=es");
      }
      if (chance(in)) {
        sb.append("#section-").append(between(in, 0, 9));
      }
      return WebUrl.of(sb.toString());
    };
  }

  public static Gen<PartialDate> partialDates() {
    return in -> {
      LocalDate day = LocalDate.ofEpochDay(between(in, -20000, 60000));
      return switch (between(in, 0, 2)) {
        case 0 -> PartialDate.ofYear(day.getYear());
        case 1 -> PartialDate.of(YearMonth.from(day));
        default -> PartialDate.of(day);
      };
    };
  }

  static Link link(RandomnessSource in, String id, boolean featured, int index) {
    var b = Link.builder()
        .id(LinkId.of(id))
        .title(text(in, 5))
        .category(pick(in, List.of(LinkCategory.values())))
        .opensInNewWindow(chance(in));
    if (chance(in)) {
      b.url(urls().generate(in));
    }
    if (chance(in)) {
      b.language(pick(in, List.of("en", "es-419", "fr-CA", "zh-Hant-TW", "am", "yo-NG", "ar")));
    }
    if (chance(in)) {
      b.description(text(in, 12) + "\n" + text(in, 4));
    }
    if (featured && chance(in)) {
      b.featuredMonth(YearMonth.of(2000, 1).plusMonths(index));
    }
    return b.build();
  }

  public static Gen<Link> links() {
    return in -> link(in, slug(in, "link", 0), false, 0);
  }

  static LinkGroup group(RandomnessSource in, int index) {
    LinkGroupKind kind = pick(in, List.of(LinkGroupKind.values()));
    var b = LinkGroup.builder().id(LinkGroupId.of("group-" + index)).title(text(in, 4)).kind(kind);
    if (chance(in)) {
      b.topic(text(in, 3));
    }
    b.links(listOf(in, 4, i -> link(in, "g" + index + "-link-" + i, kind == LinkGroupKind.FEATURED_WEBSITES, i)));
    return b.build();
  }

  public static Gen<LinkGroup> linkGroups() {
    return in -> group(in, between(in, 0, 9));
  }

  public static Gen<SeatLimit> seatLimits() {
    return in -> seatLimit(in, pick(in, List.of(CommitteeRole.values())));
  }

  static SeatLimit seatLimit(RandomnessSource in, CommitteeRole role) {
    int min = between(in, 0, 10);
    var b = SeatLimit.builder().role(role).minimum(min);
    if (chance(in)) {
      b.maximum(Math.max(1, min + between(in, 0, 10)));
    }
    return b.build();
  }

  static TermRule termRule(RandomnessSource in, CommitteeRole role) {
    var b = TermRule.builder().role(role);
    int first = between(in, 1, 3);
    b.addTermYears(first);
    if (chance(in)) {
      b.addTermYears(first + between(in, 1, 3));
    }
    if (chance(in)) {
      b.maxConsecutiveTerms(between(in, 1, 10));
    }
    if (chance(in)) {
      b.gapYearsBeforeReturn(between(in, 1, 3));
    }
    return b.build();
  }

  public static Gen<TermRule> termRules() {
    return in -> termRule(in, pick(in, List.of(CommitteeRole.values())));
  }

  static Committee committee(RandomnessSource in, int index, List<CommitteeId> earlier) {
    boolean sub = !earlier.isEmpty() && chance(in);
    var b = Committee.builder()
        .id(CommitteeId.of("committee-" + index))
        .name(text(in, 4))
        .kind(sub ? CommitteeKind.SUBCOMMITTEE
            : pick(in, List.of(CommitteeKind.EXECUTIVE, CommitteeKind.STANDING, CommitteeKind.AD_HOC,
                CommitteeKind.STEERING)))
        .formerNames(listOf(in, 2, i -> text(in, 3)))
        .notes(listOf(in, 2, i -> text(in, 10)));
    if (sub) {
      b.parentCommittee(pick(in, earlier));
    }
    if (chance(in)) {
      b.charge(text(in, 20));
    }
    if (chance(in)) {
      b.appointingOfficer(text(in, 2));
    }
    for (CommitteeRole role : CommitteeRole.values()) {
      if (between(in, 0, 3) == 0) {
        b.addSeats(seatLimit(in, role));
      }
      if (between(in, 0, 3) == 0) {
        b.addTermRules(termRule(in, role));
      }
    }
    if (chance(in)) {
      b.url(urls().generate(in));
    }
    return b.build();
  }

  public static Gen<Committee> committees() {
    return in -> committee(in, 0, List.of());
  }

  public static Gen<Publication> publications() {
    return in -> {
      var b = Publication.builder().title(text(in, 3));
      if (chance(in)) {
        int[] d = new int[7];
        int sum = 0;
        for (int i = 0; i < 7; i++) {
          d[i] = between(in, 0, 9);
          sum += d[i] * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        b.issn("" + d[0] + d[1] + d[2] + d[3] + "-" + d[4] + d[5] + d[6] + (check == 10 ? "X" : check));
      }
      return b.build();
    };
  }

  public static Gen<RoundTable> roundTables() {
    return in -> {
      PartialDate established = partialDates().generate(in);
      List<CommitteeId> committeeIds = new ArrayList<>();
      List<Committee> committees = new ArrayList<>();
      int n = between(in, 0, 4);
      for (int i = 0; i < n; i++) {
        Committee c = committee(in, i, committeeIds);
        committees.add(c);
        committeeIds.add(c.id());
      }
      var b = RoundTable.builder()
          .id(RoundTableId.of(slug(in, "rt", 1)))
          .name(text(in, 5))
          .acronym(text(in, 1).codePoints().limit(8)
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
          .parentOrganization(Organization.builder().name(text(in, 4)).build())
          .established(established)
          .formerNames(listOf(in, 2, i -> FormerName.builder().name(text(in, 4))
              .fromYear(established.year()).untilYear(established.year() + between(in, 0, 50)).build()))
          .history(listOf(in, 3, i -> HistoryEvent.builder().date(partialDates().generate(in))
              .description(text(in, 8)).build()))
          .purposes(listOf(in, 3, i -> text(in, 15)))
          .addPurposes(text(in, 15))
          .liaisonBodies(listOf(in, 1, i -> LiaisonBody.builder().name(text(in, 4))
              .relationship(text(in, 10)).links(listOf(in, 2, j -> link(in, "liaison-" + j, false, j))).build()))
          .initiatives(listOf(in, 3, i -> Initiative.builder().id(InitiativeId.of("initiative-" + i))
              .kind(pick(in, List.of(InitiativeKind.values()))).name(text(in, 3)).summary(text(in, 20))
              .topics(listOf(in, 3, j -> text(in, 3))).build()))
          .interestGroups(listOf(in, 2, i -> InterestGroup.builder().id(InterestGroupId.of("group-" + i))
              .name(text(in, 4)).purpose(text(in, 12)).build()))
          .committees(committees)
          .linkGroups(listOf(in, 3, i -> group(in, i)))
          .unknownFacts(listOf(in, 2, i -> text(in, 6)))
          .sources(listOf(in, 2, i -> text(in, 6)));
      if (chance(in)) {
        b.newsletter(publications().generate(in));
      }
      return b.build();
    };
  }

  static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "BHD", "NGN", "INR", "KWD", "CLP");

  public static Gen<org.irrt.model.common.Money> money() {
    return in -> {
      java.util.Currency c = java.util.Currency.getInstance(pick(in, CURRENCIES));
      long minor = in.next(Constraint.between(0, 9_999_999_999L));
      return org.irrt.model.common.Money.of(java.math.BigDecimal.valueOf(minor, c.getDefaultFractionDigits()), c);
    };
  }

  public static Gen<org.irrt.model.common.PersonName> personNames() {
    return in -> {
      var b = org.irrt.model.common.PersonName.builder().familyNameFirst(chance(in));
      int shape = between(in, 0, 2);
      if (shape != 1) {
        b.givenNames(text(in, 2));
      }
      if (shape != 0) {
        b.familyName(text(in, 2));
      }
      if (chance(in)) {
        b.latin(text(in, 2));
      }
      return b.build();
    };
  }

  static org.irrt.model.member.Member member(RandomnessSource in, int i) {
    var b = org.irrt.model.member.Member.builder()
        .id(org.irrt.model.member.MemberId.of("m-" + i))
        .name(personNames().generate(in))
        .email(org.irrt.model.common.EmailAddress.of(pick(in, List.of("ana", "o'brien+x", "\u7528\u6237", "jos\u00e9"))
            + i + "@" + pick(in, List.of("example.org", "biblioteca.example", "\u4f8b\u5b50.example"))))
        .country(org.irrt.model.common.CountryCode.of(pick(in, List.of("US", "NG", "NA", "JP", "BH", "CO", "FR"))))
        .preferredLanguage(pick(in, List.of("en", "es-419", "fr-CA", "ja", "yo", "ar")))
        .category(pick(in, List.of(org.irrt.model.member.MemberCategory.values())))
        .consent(org.irrt.model.member.Consent.builder().directoryListing(chance(in)).newsletter(chance(in)).build());
    if (chance(in)) {
      b.phone(org.irrt.model.common.PhoneNumber.of(pick(in, List.of("+14155552671", "+2348031234567", "+97336001234"))));
    }
    if (chance(in)) {
      b.postalAddress(org.irrt.model.common.PostalAddress.builder().lines(listOf(in, 3, j -> text(in, 3)))
          .addLines(text(in, 2)).country(org.irrt.model.common.CountryCode.of("NG")).build());
    }
    if (chance(in)) {
      b.affiliation(org.irrt.model.member.Affiliation.builder().institution(text(in, 4)).build());
    }
    return b.build();
  }

  public static Gen<org.irrt.model.member.Member> members() {
    return in -> member(in, between(in, 0, 999));
  }

  static org.irrt.model.membership.MembershipType membershipType(RandomnessSource in, int i) {
    boolean fixed = chance(in);
    var b = org.irrt.model.membership.MembershipType.builder()
        .id(org.irrt.model.membership.MembershipTypeId.of("type-" + i))
        .name(text(in, 3))
        .category(pick(in, List.of(org.irrt.model.member.MemberCategory.values())))
        .fee(money().generate(in))
        .visibility(pick(in, List.of(org.irrt.model.membership.Visibility.values())))
        .approvalRequired(chance(in))
        .paymentRequired(chance(in));
    if (fixed) {
      b.periodType(org.irrt.model.membership.PeriodType.FIXED)
          .duration(org.irrt.model.membership.MembershipDuration.of(
              pick(in, List.of(org.irrt.model.membership.DurationUnit.MONTHS, org.irrt.model.membership.DurationUnit.YEARS)),
              between(in, 1, 24)))
          .fixedPeriodStart(java.time.MonthDay.from(LocalDate.ofYearDay(2023, between(in, 1, 365))));
      if (chance(in)) {
        b.rolloverDay(java.time.MonthDay.from(LocalDate.ofYearDay(2023, between(in, 1, 365))));
      }
    } else {
      b.periodType(org.irrt.model.membership.PeriodType.ROLLING)
          .duration(org.irrt.model.membership.MembershipDuration.of(
              pick(in, List.of(org.irrt.model.membership.DurationUnit.values())), between(in, 1, 1200)));
    }
    if (between(in, 0, 3) == 0) {
      b.renewalWindow(org.irrt.model.membership.MembershipDuration.of(pick(in, List.of(
          org.irrt.model.membership.DurationUnit.DAYS, org.irrt.model.membership.DurationUnit.MONTHS,
          org.irrt.model.membership.DurationUnit.YEARS)), between(in, 1, 400)));
    }
    return b.build();
  }

  public static Gen<org.irrt.model.membership.MembershipRegister> registers() {
    return in -> {
      var types = listOf(in, 3, i -> membershipType(in, i));
      var members = listOf(in, 4, i -> member(in, i));
      var b = org.irrt.model.membership.MembershipRegister.builder().types(types).members(members);
      if (!types.isEmpty() && !members.isEmpty()) {
        int n = between(in, 0, 5);
        for (int i = 0; i < n; i++) {
          var type = pick(in, types);
          LocalDate join = LocalDate.ofEpochDay(between(in, -20000, 60000));
          var m = org.irrt.model.membership.Membership.join(org.irrt.model.membership.MembershipId.of("ms-" + i),
              pick(in, members).id(), type, join);
          if (chance(in) && !type.fee().isNegative()) {
            int terms = between(in, 1, 3);
            var pay = org.irrt.model.membership.PaymentReference.of("pay-" + i, type.fee().times(terms),
                join.plusDays(between(in, 0, 900)));
            var rules = org.irrt.model.membership.StatusRules.defaults();
            if (m.checkRenewal(type, pay, terms, rules).isEmpty()) {
              m = m.renew(type, pay, terms, rules);
              if (chance(in)) {
                m = m.reverse(org.irrt.model.common.PaymentReversal.of(pay.paymentId(),
                    pay.receivedOn().plusDays(between(in, 0, 60)),
                    pick(in, List.of(org.irrt.model.common.ReversalReason.values()))));
              }
            }
          }
          if (chance(in)) {
            m = m.requestRenewal(join.plusDays(between(in, 0, 400)));
          }
          if (between(in, 0, 4) == 0) {
            m = org.irrt.model.membership.ImmutableMembership.copyOf(m)
                .withStatusOverride(pick(in, List.of(org.irrt.model.membership.StatusOverride.values())));
            if (chance(in)) {
              m = m.withStatusOverrideEndDate(join.plusDays(between(in, 0, 900)));
            }
          }
          b.addMemberships(m);
        }
      }
      return b.build();
    };
  }
}
