package org.irrt.model.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.membership.MemberDataExport;
import org.irrt.model.membership.MemberErasure;
import org.irrt.model.membership.MemberPrivacy;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.MembershipDuration;
import org.irrt.model.membership.MembershipId;
import org.irrt.model.membership.MembershipRegister;
import org.irrt.model.membership.MembershipType;
import org.irrt.model.membership.MembershipTypeId;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.PeriodType;
import org.irrt.model.testing.Violations;
import org.junit.jupiter.api.Test;

/** Members: personal data kept out of toString and messages, the directory, privacy operations. */
class MemberTest {
  static Member member(String id, PersonName name, boolean listed) {
    return Member.builder().id(MemberId.of(id)).name(name).email(EmailAddress.of(id + "@example.org"))
        .phone(PhoneNumber.of("+2348031234567"))
        .postalAddress(PostalAddress.builder().addLines("12 Marina Road", "Lagos").country(CountryCode.of("NG")).build())
        .affiliation(Affiliation.builder().institution("National Library").position("Librarian").build())
        .country(CountryCode.of("NG")).preferredLanguage("yo").category(MemberCategory.INTERNATIONAL)
        .consent(Consent.builder().directoryListing(listed).build()).build();
  }

  @Test
  void personalDataNeverAppearsInToString() {
    Member m = member("m-1", PersonName.of("Adébáyọ̀", "Ọláòṣebìkan"), true);
    String text = m.toString();
    assertThat(text).contains("m-1").doesNotContain("Adébáyọ̀").doesNotContain("Ọláòṣebìkan")
        .doesNotContain("m-1@example.org").doesNotContain("+234").doesNotContain("Marina")
        .doesNotContain("National Library");
    assertThat(m.name().toString()).doesNotContain("Adébáyọ̀");
    assertThat(m.postalAddress().orElseThrow().toString()).doesNotContain("Marina");
  }

  @Test
  void refusalsDoNotQuoteTheRefusedPersonalData() {
    List<String> v = Violations.of(() -> EmailAddress.of("ana garcía@example.org"));
    assertThat(v).containsExactly(" org.irrt.model.EmailAddress.localPart");
    try {
      EmailAddress.of("ana garcía@example.org");
    } catch (org.irrt.model.common.InvalidValueException e) {
      assertThat(e.getMessage()).doesNotContain("garcía");
    }
  }

  @Test
  void theDirectoryListsOnlyConsentingMembersSortedForTheReader() {
    List<Member> members = List.of(
        member("m-1", PersonName.of("Émile", "Zola"), true),
        member("m-2", PersonName.of("Ana", "Álvarez"), true),
        member("m-3", PersonName.of("Bo", "Berg"), false),
        member("m-4", PersonName.builder().familyName("山田").givenNames("太郎").familyNameFirst(true).latin("Yamada Taro").build(), true),
        member("m-5", PersonName.builder().familyName("Смирнов").givenNames("Олег").build(), true),
        member("m-6", PersonName.of("Jürgen", "Müller"), true));
    MemberDirectory directory = MemberDirectory.of(members, Locale.ENGLISH);
    assertThat(directory.entries()).extracting(m -> m.id().value()).containsExactly("m-2", "m-6", "m-4", "m-1", "m-5");
    assertThat(directory.buckets()).extracting(MemberDirectory.Bucket::label).containsExactly("A", "M", "Y", "Z", "С");
    assertThat(directory.search("alvarez")).extracting(m -> m.id().value()).containsExactly("m-2");
    assertThat(directory.search("MULLER")).extracting(m -> m.id().value()).containsExactly("m-6");
    assertThat(directory.search("smirnov")).isEmpty();
    assertThat(directory.search("смирнов")).extracting(m -> m.id().value()).containsExactly("m-5");
    assertThat(directory.search("yamada")).extracting(m -> m.id().value()).containsExactly("m-4");
    assertThat(directory.search("berg")).isEmpty();
    MemberDirectory swedish = MemberDirectory.of(List.of(member("a", PersonName.of("A", "Ödman"), true),
        member("b", PersonName.of("B", "Zetterberg"), true)), Locale.forLanguageTag("sv"));
    assertThat(swedish.entries()).extracting(m -> m.id().value()).containsExactly("b", "a");
  }

  static Member listed(String id, PersonName name, String language, String country) {
    return Member.builder().from(member(id, name, true)).preferredLanguage(language).country(CountryCode.of(country))
        .build();
  }

  static PersonName familyFirst(String family, String given) {
    return PersonName.builder().familyName(family).givenNames(given).familyNameFirst(true).build();
  }

  @Test
  void chineseJapaneseAndKoreanNamesGetTheirOwnScriptsHeadingsForAnEnglishReader() {
    List<Member> members = List.of(
        listed("tw", familyFirst("王", "偉宸"), "zh-TW", "TW"),
        listed("cn", familyFirst("李", "乐驹"), "zh", "CN"),
        listed("hint-less", familyFirst("陳", "建國"), "en", "US"),
        listed("by-country", familyFirst("張", "志明"), "en", "HK"),
        listed("ja", familyFirst("佐藤", "さくら"), "ja", "JP"),
        listed("kana", PersonName.mononym("さくら"), "ja", "JP"),
        listed("ko", familyFirst("김", "가람"), "ko", "KR"),
        listed("hanja", familyFirst("朴", "民"), "ko", "KR"),
        listed("latin", PersonName.of("Bruce", "Lee"), "en", "US"),
        listed("hy", PersonName.mononym("Ծովինար"), "hy", "AM"),
        listed("dv", PersonName.mononym("އަހްމަދު"), "dv", "MV"));
    MemberDirectory directory = MemberDirectory.of(members, Locale.ENGLISH);
    assertThat(directory.buckets()).extracting(b -> b.label() + " " + b.members().stream().map(m -> m.id().value()).toList())
        .containsExactly("C [hint-less]", "L [latin, cn]", "Ծ [hy]", "އ [dv]", "ㄱ [ko]", "ㅂ [hanja]", "さ [kana]",
            "4劃 [tw]", "11劃 [by-country]", "人 [ja]");
    // A Chinese reader's own index already has pinyin headings: nothing changes for those names.
    assertThat(MemberDirectory.of(members, Locale.CHINESE).buckets())
        .extracting(b -> b.label() + " " + b.members().stream().map(m -> m.id().value()).toList())
        .contains("C [hint-less]", "W [tw]", "Z [by-country, ja]", "L [cn, latin]");
    // A transliteration, when the record has one, decides instead.
    Member romanised = listed("romanised", PersonName.builder().familyName("佐藤").givenNames("さくら")
        .familyNameFirst(true).latin("Sato Sakura").build(), "ja", "JP");
    assertThat(MemberDirectory.of(List.of(romanised), Locale.ENGLISH).buckets()).extracting(MemberDirectory.Bucket::label)
        .containsExactly("S");
  }

  @Test
  void exportHoldsEverythingAndErasureKeepsTheFacts() {
    Member ana = member("m-1", PersonName.of("Ana", "García"), true);
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("t")).name("Regular")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).build();
    Membership ms = Membership.join(MembershipId.of("ms-1"), ana.id(), type, LocalDate.of(2025, 3, 1))
        .renew(type, PaymentReference.of("pay-1", Money.of("35", "EUR"), LocalDate.of(2026, 2, 20)),
            org.irrt.model.membership.StatusRules.defaults());
    Membership other = Membership.join(MembershipId.of("ms-2"), MemberId.of("m-2"), type, LocalDate.of(2025, 3, 1));
    Instant at = Instant.parse("2026-11-29T12:00:00Z");

    MemberDataExport export = MemberPrivacy.export(ana, List.of(ms, other), at);
    assertThat(export.memberships()).containsExactly(ms);
    assertThat(export.member()).isEqualTo(ana);

    MemberErasure erasure = MemberPrivacy.erase(ana, at);
    Member erased = erasure.member();
    assertThat(erasure.formerId()).isEqualTo(ana.id());
    assertThat(erased.id().value()).matches("erased-[0-9]{25}");
    assertThat(erasure.pseudonym()).isEqualTo(erased.id());
    assertThat(erased.country()).isEqualTo(ana.country());
    assertThat(erased.category()).isEqualTo(ana.category());
    assertThat(erased.erasedAt()).contains(at);
    assertThat(erased.phone()).isEmpty();
    assertThat(erased.postalAddress()).isEmpty();
    assertThat(erased.affiliation()).isEmpty();
    assertThat(erased.consent().directoryListing()).isFalse();
    MemberErasure again = MemberPrivacy.erase(erased, at.plusSeconds(60));
    assertThat(again.member()).isSameAs(erased);
    assertThat(again.formerId()).isEqualTo(erased.id());
    MembershipRegister register = MembershipRegister.builder().addTypes(type).addMembers(ana, member("m-2",
        PersonName.of("Bo", "Berg"), true)).addMemberships(ms, other).build();
    MembershipRegister after = erasure.applyTo(register);
    assertThat(after.member(ana.id())).isEmpty();
    assertThat(after.member(erased.id())).contains(erased);
    assertThat(after.memberships()).extracting(m -> m.memberId().value())
        .containsExactly(erased.id().value(), "m-2");
    assertThat(after.memberships().get(0)).isEqualTo(erasure.rekey(ms)).isNotEqualTo(ms);
    assertThat(erasure.rekey(other)).isSameAs(other);
    assertThat(MemberDirectory.of(List.of(erased), Locale.ENGLISH).entries()).isEmpty();
  }

  @Test
  void aHostMayChooseThePseudonym() {
    Member ana = member("m-1", PersonName.of("Ana", "García"), true);
    Member erased = MemberPrivacy.erase(ana, MemberId.of("former-17"), Instant.parse("2026-11-29T12:00:00Z")).member();
    assertThat(erased.id()).isEqualTo(MemberId.of("former-17"));
    assertThat(erased.name().displayName()).isEqualTo("Former member former-17");
    assertThat(erased.email().value()).isEqualTo("former-17@erased.invalid");
  }

  @Test
  void aRegisterRefusesMembershipsOfUnknownMembersOrTypes() {
    Member ana = member("m-1", PersonName.of("Ana", "García"), true);
    MembershipType type = MembershipType.builder().id(MembershipTypeId.of("t")).name("Regular")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).build();
    Membership stray = Membership.join(MembershipId.of("ms-9"), MemberId.of("nobody"),
        type.withId(MembershipTypeId.of("gone")), LocalDate.of(2025, 3, 1));
    assertThat(Violations.of(() -> MembershipRegister.builder().addTypes(type).addMembers(ana, ana)
            .addMemberships(stray).build()))
        .containsExactly("members[1].id org.irrt.model.duplicateId",
            "memberships[0].memberId org.irrt.model.MembershipRegister.unknownMember",
            "memberships[0].typeId org.irrt.model.MembershipRegister.unknownType");
  }

  @Test
  void aRegisterRefusesEndDatesThatContradictTheType() {
    Member ana = member("m-1", PersonName.of("Ana", "García"), true);
    MembershipType yearly = MembershipType.builder().id(MembershipTypeId.of("t")).name("Regular")
        .category(MemberCategory.INTERNATIONAL).fee(Money.of("35", "EUR")).duration(MembershipDuration.years(1))
        .periodType(PeriodType.ROLLING).build();
    MembershipType life = yearly.withId(MembershipTypeId.of("life")).withDuration(MembershipDuration.lifetime());
    Membership forLife = Membership.join(MembershipId.of("ms-1"), ana.id(), life, LocalDate.of(2025, 3, 1));
    Membership yearlyMs = Membership.join(MembershipId.of("ms-2"), ana.id(), yearly, LocalDate.of(2025, 3, 1));
    assertThat(MembershipRegister.builder().addTypes(yearly, life).addMembers(ana).addMemberships(forLife, yearlyMs)
        .build().memberships()).hasSize(2);
    assertThat(Violations.of(() -> MembershipRegister.builder().addTypes(yearly, life).addMembers(ana)
            .addMemberships(forLife.withEndDate(LocalDate.of(2030, 1, 1)), yearlyMs.withEndDate(java.util.Optional.empty()))
            .build()))
        .containsExactly("memberships[0].endDate org.irrt.model.MembershipRegister.lifetimeEnds",
            "memberships[1].endDate org.irrt.model.MembershipRegister.endRequired");
  }

  @Test
  void aNewPseudonymIsErasedAndTwentyFiveDigitsAndNeverTheSameTwice() {
    java.util.Set<MemberId> seen = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      MemberId pseudonym = MemberPrivacy.newPseudonym();
      assertThat(pseudonym.value()).matches("erased-[0-9]{25}");
      assertThat(seen.add(pseudonym)).as(pseudonym.value()).isTrue();
    }
  }
}
