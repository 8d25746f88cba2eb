package org.irrt.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.irrt.model.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The Big List of Naughty Strings ({@code naughty-strings/}: {@code blns.txt} split on {@code \n}
 * only, without blank and {@code #} lines, plus {@code ""}, and the older {@code blns.json}; 742
 * distinct strings) through each value type, as its README asks: every accepted value round-trips
 * (reading its stored form gives an equal value with the same stored form, so normalisation is
 * idempotent), and every refusal is an {@link InvalidValueException}. Accepted: 717 as a
 * name and as an address line, 22 as an amount in euros, 1 as a web address, none as an e-mail
 * address, telephone number, country code or partial date.
 */
class NaughtyStringsRoundTripTest {
  static Set<String> strings() throws Exception {
    Set<String> all = new LinkedHashSet<>();
    for (String line : Files.readString(TestData.require("naughty-strings/blns.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        all.add(line);
      }
    }
    all.add("");
    all.addAll(List.of(new ObjectMapper().readValue(TestData.require("naughty-strings/blns.json").toFile(), String[].class)));
    return all;
  }

  /** A type's reading of text, and the reading of its stored form. */
  record Type<T>(Function<String, T> read, Function<T, String> stored) {}

  static final Map<String, Type<?>> TYPES = Map.of(
      "EmailAddress", new Type<>(EmailAddress::of, EmailAddress::value),
      "WebUrl", new Type<>(WebUrl::of, WebUrl::value),
      "PhoneNumber (GB)", new Type<>(s -> PhoneNumber.parse(s, CountryCode.of("GB")), PhoneNumber::e164),
      "PhoneNumber (E.164)", new Type<>(PhoneNumber::of, PhoneNumber::e164),
      "CountryCode", new Type<>(CountryCode::of, CountryCode::value),
      "PersonName", new Type<>(s -> PersonName.mononym(s), n -> n.givenNames().orElseThrow()),
      "PostalAddress", new Type<>(s -> PostalAddress.builder().addLines(s).country(CountryCode.of("GB")).build(),
          a -> a.lines().get(0)),
      "Money (EUR)", new Type<>(s -> Money.of(s, "EUR"), m -> m.amount().toPlainString()),
      "PartialDate", new Type<>(PartialDate::parse, PartialDate::toString));

  @Test
  void everyAcceptedNaughtyStringRoundTripsAndEveryOtherIsRefusedAsAValue() throws Exception {
    Set<String> strings = strings();
    assertThat(strings).hasSize(742);
    Map<String, Integer> accepted = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Type<?>> type : TYPES.entrySet()) {
      accepted.put(type.getKey(), 0);
      for (String s : strings) {
        try {
          if (!roundTrips(type.getValue(), s)) {
            wrong.add(type.getKey() + " does not round-trip " + s);
          }
          accepted.merge(type.getKey(), 1, Integer::sum);
        } catch (InvalidValueException refused) {
          // a refusal as a value: fine
        } catch (RuntimeException e) {
          wrong.add(type.getKey() + " " + e.getClass().getSimpleName() + " for " + s);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(accepted).isEqualTo(Map.of("EmailAddress", 0, "WebUrl", 1, "PhoneNumber (GB)", 0,
        "PhoneNumber (E.164)", 0, "CountryCode", 0, "PersonName", 717, "PostalAddress", 717, "Money (EUR)", 22,
        "PartialDate", 0));
  }

  private static <T> boolean roundTrips(Type<T> type, String text) {
    T value = type.read().apply(text);
    String stored = type.stored().apply(value);
    T again = type.read().apply(stored);
    return again.equals(value) && type.stored().apply(again).equals(stored);
  }
}
