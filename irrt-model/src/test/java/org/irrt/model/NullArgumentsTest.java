package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.irrt.model.testing.ModelSamples;
import org.irrt.model.testing.NullArgumentTester;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point of irrt-model refuses a {@code null} argument clearly: an exception naming
 * the argument, or a violation at its path; never a bare NullPointerException from deep inside.
 */
class NullArgumentsTest {
  @Test
  void everyPublicConstructorAndMethodRefusesNullNamingTheArgument() {
    NullArgumentTester tester = ModelSamples.register(new NullArgumentTester())
        .acceptsNull("IrrtException.new(message)", "as for any exception: no detail message")
        .acceptsNull("IrrtException.new(cause)", "as for any exception: no cause")
        .acceptsNull("TextRules.check(value)", "null breaks the required rule, returned as a violation")
        .acceptsNull("TextRules.require(value)", "null breaks the required rule: a violation at the path given")
        .acceptsNull("TextRules.nfc(text)", "no text stays no text, for the record's own rule to refuse")
        .acceptsNull("StatusRule.of(until)", "a window without end")
        .acceptsNull("PhoneNumber.parse(text)", "no text: the required violation, as for a blank form field")
        .acceptsNull("PhoneNumber.parse(region)", "region unknown: international numbers only");
    assertThat(tester.problems("org.irrt.model")).isEmpty();
    assertThat(tester.nullsPassed()).as("calls made with a null argument").isGreaterThan(350);
  }
}
