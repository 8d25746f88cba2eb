package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.irrt.model.committee.Committee;
import org.irrt.model.committee.SeatLimit;
import org.irrt.model.committee.TermRule;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.roundtable.Publication;
import org.irrt.model.roundtable.RoundTable;
import org.irrt.model.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@code read(write(x)).equals(x)} for every value type, with text in many scripts. */
class JsonRoundTripPropertiesTest {
  private static final long SEED = 20261129L;
  private static final ObjectMapper HOST = new ObjectMapper().findAndRegisterModules();

  private static final ObjectMapper OURS = IrrtJson.newMapper();
  /** Jackson's own reflective writing, with IrrtJson's settings but not the library's module. */
  private static final ObjectMapper REFLECTIVE = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
      .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .defaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT,
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT))
      .build();

  private static <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
    qt().withFixedSeed(SEED).withExamples(examples).forAll(values).checkAssert(value -> {
      String json = IrrtJson.write(value);
      try {
        // the library writes without reflection: the same text as Jackson's reflective writing
        assertThat(OURS.writeValueAsString(value)).isEqualTo(REFLECTIVE.writeValueAsString(value));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      assertThat(IrrtJson.read(json, type)).isEqualTo(value);
      assertThat(IrrtJson.write(IrrtJson.read(json, type))).isEqualTo(json);
      try {
        assertThat(HOST.readValue(HOST.writeValueAsString(value), type)).isEqualTo(value);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void webUrlsRoundTrip() {
    roundTrips(Generators.urls(), WebUrl.class, 300);
  }

  @Test
  void partialDatesRoundTrip() {
    roundTrips(Generators.partialDates(), PartialDate.class, 300);
  }

  @Test
  void linksRoundTrip() {
    roundTrips(Generators.links(), Link.class, 300);
  }

  @Test
  void linkGroupsRoundTrip() {
    roundTrips(Generators.linkGroups(), LinkGroup.class, 200);
  }

  @Test
  void seatLimitsAndTermRulesRoundTrip() {
    roundTrips(Generators.seatLimits(), SeatLimit.class, 200);
    roundTrips(Generators.termRules(), TermRule.class, 200);
  }

  @Test
  void committeesRoundTrip() {
    roundTrips(Generators.committees(), Committee.class, 200);
  }

  @Test
  void publicationsRoundTrip() {
    roundTrips(Generators.publications(), Publication.class, 200);
  }

  @Test
  void roundTablesRoundTrip() {
    roundTrips(Generators.roundTables(), RoundTable.class, 100);
  }

  @Test
  void moneyAndNamesRoundTrip() {
    roundTrips(Generators.money(), org.irrt.model.common.Money.class, 300);
    roundTrips(Generators.personNames(), org.irrt.model.common.PersonName.class, 300);
  }

  @Test
  void membersRoundTrip() {
    roundTrips(Generators.members(), org.irrt.model.member.Member.class, 200);
  }

  @Test
  void membershipRegistersRoundTrip() {
    roundTrips(Generators.registers(), org.irrt.model.membership.MembershipRegister.class, 150);
  }

  @Test
  void generatedTextIsStoredInNfc() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(Generators.links()).checkAssert(link ->
        assertThat(java.text.Normalizer.isNormalized(link.title(), java.text.Normalizer.Form.NFC)).isTrue());
  }
}
