package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.common.PartialDate;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.WebUrl;
import org.irrt.model.json.JsonBinding;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.LinkId;
import org.irrt.model.testing.Samples;
import org.irrt.model.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Big List of Naughty Strings ({@code naughty-strings/blns.txt}) through every parser and
 * builder: each string is accepted or refused with an {@link InvalidValueException}, nothing else;
 * no refusal quotes the string.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class HostileStringsTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Parameter
  JsonBinding json;

  @Test
  void noHostileStringCrashesAParserOrBuilder() throws Exception {
    List<String> strings = new ArrayList<>();
    for (String line : Files.readString(TestData.require("naughty-strings/blns.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.startsWith("#")) {
        strings.add(line);
      }
    }
    assertThat(strings).hasSizeGreaterThan(500);
    List<String> crashes = new ArrayList<>();
    for (String s : strings) {
      attempt(crashes, s, x -> Samples.link("a").withTitle(x));
      attempt(crashes, s, x -> Samples.link("a").withLanguage(x));
      attempt(crashes, s, x -> PersonName.builder().givenNames(x).familyName(x).latin(x).build());
      attempt(crashes, s, EmailAddress::of);
      attempt(crashes, s, WebUrl::of);
      attempt(crashes, s, x -> PhoneNumber.parse(x, CountryCode.of("GB")));
      attempt(crashes, s, CountryCode::of);
      attempt(crashes, s, LinkId::of);
      attempt(crashes, s, PartialDate::parse);
      attempt(crashes, s, x -> Money.parse(x, Currency.getInstance("USD"), Locale.US));
      attempt(crashes, s, x -> Money.of(x, "EUR"));
      attempt(crashes, s, x -> json.read("{\"id\": \"g\", \"title\": " + json(x) + ", \"kind\": \"NEWS\"}", LinkGroup.class));
      attempt(crashes, s, x -> json.read(x, LinkGroup.class));
    }
    assertThat(crashes).isEmpty();
  }

  private static String json(String s) {
    try {
      return PLAIN.writeValueAsString(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void attempt(List<String> crashes, String input, Consumer<String> action) {
    try {
      action.accept(input);
    } catch (InvalidValueException e) {
      if (input.strip().length() > 8 && e.getMessage().contains(input.strip())) {
        crashes.add("message quotes the input: " + input);
      }
    } catch (RuntimeException e) {
      crashes.add(e.getClass().getSimpleName() + " for " + input);
    }
  }
}
