package org.irrt.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * {@code read(write(x)).equals(x)} for every value type, with text in many scripts, through the ready
 * mapper and through a host's; and both adapters write the same text.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class JsonRoundTripPropertiesTest {
  private static final long SEED = 20261129L;
  private static final JsonBinding REFERENCE = Bindings.all().get(0);

  @Parameter
  JsonBinding json;

  private <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
    qt().withFixedSeed(SEED).withExamples(examples).forAll(values).checkAssert(value -> {
      String text = json.write(value);
      assertThat(text).isEqualTo(REFERENCE.write(value));
      assertThat(json.read(text, type)).isEqualTo(value);
      assertThat(json.write(json.read(text, type))).isEqualTo(text);
      String host = json.hostWrite(value);
      assertThat(host).isEqualTo(REFERENCE.hostWrite(value));
      assertThat(json.hostRead(host, type)).isEqualTo(value);
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
