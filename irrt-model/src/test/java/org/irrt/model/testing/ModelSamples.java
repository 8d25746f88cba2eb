package org.irrt.model.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.CommitteeRole;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.common.Violation;
import org.irrt.model.common.WebUrl;
import org.irrt.model.contribution.ContentFormat;
import org.irrt.model.contribution.Contribution;
import org.irrt.model.contribution.ContributionId;
import org.irrt.model.contribution.EditorialComment;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.contribution.Revision;
import org.irrt.model.freelinks.FeaturedSchedule;
import org.irrt.model.freelinks.FreeLinksCatalogue;
import org.irrt.model.freelinks.OpportunityFormat;
import org.irrt.model.freelinks.OpportunityId;
import org.irrt.model.freelinks.ProfessionalDevelopmentOpportunity;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkGroupKind;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberDirectory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberDataExport;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.PeriodType;
import org.irrt.model.membership.ReminderPolicy;
import org.irrt.model.pledge.Campaign;
import org.irrt.model.pledge.CampaignId;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.ExchangeRate;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgeId;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.pledge.RecognitionLevel;
import org.irrt.model.pledge.Tribute;
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

/** Valid samples of the model's types, for {@link NullArgumentTester}. */
public final class ModelSamples {
  private ModelSamples() {}

  /** A member with every attribute set. */
  public static final Member MEMBER = Member.builder().id(MemberId.of("m-1")).name(PersonName.of("Ana", "García"))
      .email(EmailAddress.of("ana@example.org")).phone(PhoneNumber.of("+2348031234567"))
      .postalAddress(PostalAddress.builder().addLines("12 Marina Road", "Lagos").country(CountryCode.of("NG")).build())
      .affiliation(Affiliation.builder().institution("National Library").position("Librarian").build())
      .country(CountryCode.of("NG")).preferredLanguage("yo").category(MemberCategory.INTERNATIONAL)
      .consent(Consent.builder().directoryListing(true).build()).build();

  /** A yearly rolling membership type. */
  public static final MembershipType TYPE = MembershipType.builder().id(MembershipTypeId.of("regular")).name("Regular")
      .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
      .periodType(PeriodType.ROLLING).build();

  /** The sample member's membership. */
  public static final Membership MEMBERSHIP = Membership.join(MembershipId.of("ms-1"), MEMBER.id(), TYPE,
      LocalDate.of(2026, 3, 1));

  /** A post. */
  public static final PostContent POST = PostContent.builder().title("Libraries abroad").body("Text of the post.")
      .format(ContentFormat.MARKDOWN).language("en").build();

  /** A campaign. */
  public static final Campaign CAMPAIGN = Campaign.builder().id(CampaignId.of("sixty-for-sixty")).name("Sixty for Sixty")
      .goal(Money.of("50000", "USD")).startDate(LocalDate.of(2009, 1, 1)).fund("Endowment")
      .addRecognitionLevels(RecognitionLevel.of("Friend", Money.of("60", "USD"))).build();

  /** A pledge to the campaign. */
  public static final Pledge PLEDGE = Pledge.builder().id(PledgeId.of("p-1")).campaign(CAMPAIGN.id())
      .donor(Donor.member(MEMBER.id())).total(Money.of("600", "USD")).installmentCount(3)
      .frequency(Frequency.monthly()).startDate(LocalDate.of(2026, 1, 15)).build();

  /** A free opportunity. */
  public static final ProfessionalDevelopmentOpportunity OPPORTUNITY = ProfessionalDevelopmentOpportunity.builder()
      .id(OpportunityId.of("o-1")).title("Disaster planning").provider("Provider")
      .url(WebUrl.of("https://learning.example.org/o-1")).format(OpportunityFormat.WEBINAR).addLanguages("es-419")
      .addTopics("Disaster planning and recovery").cost(Money.of("0", "USD")).build();

  /**
   * Registers the samples.
   *
   * @param tester the tester
   * @return the tester
   */
  public static NullArgumentTester register(NullArgumentTester tester) {
    Link link = Samples.link("global-e");
    Instant at = Instant.parse("2026-09-15T15:00:00Z");
    tester.sample(Money.class, Money.of("35", "EUR"))
        .sample(CountryCode.class, CountryCode.of("NG"))
        .sample(PartialDate.class, PartialDate.of(YearMonth.of(1949, 1)))
        .sample(PersonName.class, PersonName.of("Ana", "García"))
        .sample(PostalAddress.class, MEMBER.postalAddress().orElseThrow())
        .sample(Violation.class, new Violation("name", "org.irrt.model.PersonName.empty", l -> "message"))
        .sample(InvalidValueException.class, new InvalidValueException("Sample",
            List.of(new Violation("name", "org.irrt.model.PersonName.empty", l -> "message"))))
        .sample(Link.class, link)
        .sample(LinkGroup.class, Samples.group("related", LinkGroupKind.RELATED_LINKS, link))
        .sample(Committee.class, Samples.committee("membership"))
        .sample(SeatLimit.class, SeatLimit.of(CommitteeRole.MEMBER, 2, 4))
        .sample(TermRule.class, TermRule.builder().role(CommitteeRole.MEMBER).addTermYears(1, 2).build())
        .sample(RoundTable.class, Samples.roundTable())
        .sample(Organization.class, Samples.roundTable().parentOrganization())
        .sample(FormerName.class, Samples.roundTable().formerNames().get(0))
        .sample(Initiative.class, Samples.roundTable().initiatives().get(0))
        .sample(HistoryEvent.class, HistoryEvent.builder().date(PartialDate.ofYear(1956)).description("Renamed.").build())
        .sample(InterestGroup.class, InterestGroup.builder().id(InterestGroupId.of("isld")).name("ISLD")
            .purpose("A clearinghouse.").build())
        .sample(LiaisonBody.class, LiaisonBody.builder().name("International Relations Committee").build())
        .sample(Publication.class, Publication.builder().title("International Leads").build())
        .sample(Member.class, MEMBER)
        .sample(Affiliation.class, MEMBER.affiliation().orElseThrow())
        .sample(MemberDirectory.class, MemberDirectory.of(List.of(MEMBER), Locale.ENGLISH))
        .sample(MembershipType.class, TYPE)
        .sample(Membership.class, MEMBERSHIP)
        .sample(PaymentReference.class, PaymentReference.of("pay-1", Money.of("35", "EUR"), LocalDate.of(2026, 3, 1)))
        .sample(MembershipRegister.class, MembershipRegister.builder().addTypes(TYPE).addMembers(MEMBER)
            .addMemberships(MEMBERSHIP).build())
        .sample(MemberDataExport.class, MemberPrivacy.export(MEMBER, List.of(MEMBERSHIP), at))
        .sample(org.irrt.model.membership.StatusRules.class, org.irrt.model.membership.StatusRules.defaults())
        .sample(org.irrt.model.membership.StatusRule.class,
            org.irrt.model.membership.StatusRules.defaults().rules().get(0))
        .sample(MembershipDuration.class, MembershipDuration.years(1))
        .sample(org.irrt.model.membership.Renewal.class, MEMBERSHIP.renew(TYPE, PaymentReference.of("pay-2", TYPE.fee(),
            MEMBERSHIP.endDate().orElseThrow()), org.irrt.model.membership.StatusRules.defaults()).renewals().get(0))
        .sample(ReminderPolicy.class, ReminderPolicy.builder().addDaysBeforeEnd(30).build())
        .sample(PostContent.class, POST)
        .sample(Contribution.class, Contribution.start(ContributionId.of("c-1"), MEMBER.id(), at, POST))
        .sample(Revision.class, Contribution.start(ContributionId.of("c-1"), MEMBER.id(), at, POST).revisions().get(0))
        .sample(EditorialComment.class, EditorialComment.builder().revision(1).author(MEMBER.id()).writtenAt(at)
            .text("Looks good.").build())
        .sample(ProfessionalDevelopmentOpportunity.class, OPPORTUNITY)
        .sample(FreeLinksCatalogue.class, FreeLinksCatalogue.builder().addOpportunities(OPPORTUNITY).build())
        .sample(FeaturedSchedule.class, FeaturedSchedule.builder()
            .addEntries(new FeaturedSchedule.Entry(YearMonth.of(2016, 5), link)).build())
        .sample(Campaign.class, CAMPAIGN)
        .sample(Pledge.class, PLEDGE)
        .sample(Donor.class, Donor.member(MEMBER.id()))
        .sample(Tribute.class, Tribute.of(Tribute.Kind.values()[0], "Jane Doe"))
        .sample(PledgePayment.class, PledgePayment.of("pay-1", Money.of("200", "USD"), LocalDate.of(2026, 1, 15)))
        .sample(org.irrt.model.common.PaymentReversal.class, org.irrt.model.common.PaymentReversal.of("pay-1",
            LocalDate.of(2026, 1, 20), org.irrt.model.common.ReversalReason.BOUNCE))
        .sample(RecognitionLevel.class, RecognitionLevel.of("Friend", Money.of("60", "USD")))
        .sample(Frequency.class, Frequency.monthly())
        .sample(ExchangeRate.class, new ExchangeRate(Currency.getInstance("EUR"), Currency.getInstance("USD"),
            new BigDecimal("1.10"), LocalDate.of(2026, 1, 1)));
    return tester;
  }
}
