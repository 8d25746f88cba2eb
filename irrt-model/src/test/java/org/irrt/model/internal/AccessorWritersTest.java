package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import java.util.HashMap;
import java.util.Map;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.json.IrrtJson;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.ImmutableMember;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * Present {@code Optional} content is written straight with its content's serializer, absent content
 * is left out, and the text is what Jackson's own {@code Optional} serializer writes (that the whole
 * output is Jackson's, for every type, is {@code JsonRoundTripPropertiesTest}'s).
 */
class AccessorWritersTest {
  @Test
  void optionalContentIsWrittenDirectlyAndAbsentContentLeftOut() throws Exception {
    ObjectMapper mapper = IrrtJson.newMapper();
    Member member = Member.builder().id(MemberId.of("m-1")).name(PersonName.of("Ana", "García"))
        .email(EmailAddress.of("ana@example.org")).phone(PhoneNumber.of("+573211234567"))
        .country(CountryCode.of("CO")).preferredLanguage("es").category(MemberCategory.INTERNATIONAL)
        .consent(Consent.none()).build();
    assertThat(mapper.writeValueAsString(member)).isEqualTo("{\"id\":\"m-1\",\"name\":{\"givenNames\":\"Ana\","
        + "\"familyName\":\"García\",\"familyNameFirst\":false},\"email\":\"ana@example.org\","
        + "\"phone\":\"+573211234567\",\"country\":\"CO\",\"preferredLanguage\":\"es\","
        + "\"category\":\"INTERNATIONAL\",\"consent\":{\"directoryListing\":false,\"newsletter\":false}}");
    Map<String, BeanPropertyWriter> writers = new HashMap<>();
    BeanSerializer serializer = (BeanSerializer) mapper.getSerializerProviderInstance()
        .findValueSerializer(ImmutableMember.class);
    serializer.properties().forEachRemaining(p -> writers.put(p.getName(), (BeanPropertyWriter) p));
    assertThat(AccessorWriters.writesContentDirectly(writers.get("phone"))).isTrue();
    assertThat(AccessorWriters.writesContentDirectly(writers.get("email"))).isFalse(); // not an Optional
    // an abstract content type: its serializer is found per runtime class, as Jackson's Optional serializer finds it
    assertThat(mapper.writeValueAsString(Member.builder().from(member)
        .affiliation(Affiliation.builder().institution("Biblioteca").build()).build()))
        .contains("\"preferredLanguage\":\"es\",\"affiliation\":{\"institution\":\"Biblioteca\"},\"category\"");
    assertThat(AccessorWriters.writesContentDirectly(writers.get("affiliation"))).isTrue();
  }
}
