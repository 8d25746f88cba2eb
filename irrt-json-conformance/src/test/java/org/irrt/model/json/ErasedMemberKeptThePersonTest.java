package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.irrt.model.membership.MemberErasure;
import org.irrt.model.membership.MemberPrivacy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault: an erased member kept its id, and a host that made ids from names ({@code maria-garcia})
 * kept the person's name in every record. Now erasure replaces the id by a pseudonym, and no string
 * of the erased member's JSON contains anything of the person.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class ErasedMemberKeptThePersonTest {
  @Parameter
  JsonBinding json;

  static final Member MARIA = Member.builder().id(MemberId.of("maria-garcia"))
      .name(PersonName.builder().givenNames("María José").familyName("García López").latin("Maria Jose Garcia Lopez")
          .build())
      .email(EmailAddress.of("mj.garcia.lopez@biblioteca.example.es"))
      .phone(PhoneNumber.of("+34 912 345 678"))
      .postalAddress(PostalAddress.builder().addLines("Calle de Alcalá 42", "28014 Madrid")
          .country(CountryCode.of("ES")).build())
      .affiliation(Affiliation.builder().institution("Biblioteca Regional de Murcia").position("Directora").build())
      .country(CountryCode.of("ES")).preferredLanguage("es").category(MemberCategory.INTERNATIONAL)
      .consent(Consent.builder().directoryListing(true).build()).build();

  /** Everything of the person, as words a reader would recognise: case and accents do not matter. */
  static final List<String> PERSON = List.of("maria", "jose", "garcia", "lopez", "maria-garcia",
      "mj.garcia.lopez", "garcia.lopez", "biblioteca.example", "912345678", "alcala", "28014", "madrid",
      "regional de murcia", "murcia", "directora");

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  static void strings(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.fieldNames().forEachRemaining(out::add);
    node.forEach(child -> strings(child, out));
  }

  @Test
  void noStringOfTheErasedMembersJsonHoldsAnythingOfThePerson() throws Exception {
    List<String> before = new ArrayList<>();
    strings(new ObjectMapper().readTree(json.write(MARIA)), before);
    for (String part : PERSON) { // the scan finds each of them before the erasure: it can fail
      assertThat(before).as(part).anyMatch(s -> fold(s).contains(part));
    }

    MemberErasure erasure = MemberPrivacy.erase(MARIA, Instant.parse("2026-12-01T09:00:00Z"));
    List<String> after = new ArrayList<>();
    strings(new ObjectMapper().readTree(json.write(erasure.member())), after);
    // The new id is random digits, which may hold any run of digits (0280149882370193199467307 holds
    // the postcode 28014, by chance): it is checked for its form, the person's digit runs elsewhere.
    String pseudonym = erasure.member().id().value();
    assertThat(pseudonym).matches("erased-[0-9]{25}");
    for (String s : after) {
      for (String part : PERSON) {
        if (s.equals(pseudonym) && part.chars().allMatch(Character::isDigit)) {
          continue;
        }
        assertThat(fold(s)).as("a string of the erased member").doesNotContain(part);
      }
    }
    assertThat(erasure.formerId()).isEqualTo(MemberId.of("maria-garcia"));
    assertThat(erasure.member().country()).isEqualTo(CountryCode.of("ES"));
    assertThat(erasure.member().preferredLanguage()).isEqualTo("es");
  }
}
