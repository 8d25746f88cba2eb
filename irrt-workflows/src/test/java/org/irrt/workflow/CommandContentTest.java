package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.pledge.Tribute;
import org.irrt.model.testing.ModelSamples;
import org.irrt.model.testing.NullArgumentTester;
import org.irrt.workflow.committee.VolunteerCommand;
import org.irrt.workflow.contribution.PostCommand;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.MembershipCommand;
import org.irrt.workflow.pledge.PledgeCommand;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint of a command covers its full content: every command of every workflow has one,
 * every attribute of every model value a command carries is in its canonical text (a model value
 * that gains an attribute fails here until the text has it too), equal content gives one digest,
 * and a type with no canonical text is refused rather than written by its masking {@code toString()}.
 */
class CommandContentTest {
  private final NullArgumentTester samples = WorkflowSamples.register(ModelSamples.register(new NullArgumentTester()));

  /** The attributes of a model value: its public, non-final, non-static accessors without parameters. */
  private static Set<String> attributes(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    for (Method m : type.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && !Modifier.isFinal(mod) && m.getParameterCount() == 0
          && !m.isSynthetic() && !List.of("toString", "hashCode").contains(m.getName())) {
        names.add(m.getName());
      }
    }
    return names;
  }

  @Test
  void everyAttributeOfEveryModelValueACommandCarriesIsInItsCanonicalText() {
    for (Class<?> type : List.of(Member.class, PersonName.class, PostalAddress.class, Affiliation.class, Consent.class,
        PaymentReference.class, PledgePayment.class, Pledge.class, Donor.class, Tribute.class, Frequency.class,
        PostContent.class, Membership.class)) {
      String text = CommandContent.canonical(samples.sampleOf(type));
      assertThat(text).as(type.getSimpleName()).startsWith(type.getSimpleName() + "(");
      for (String attribute : attributes(type)) {
        assertThat(text).as(type.getSimpleName() + "." + attribute).contains(attribute + "=");
      }
      assertThat(attributes(type)).as(type.getSimpleName()).isNotEmpty();
    }
  }

  @Test
  void everyCommandOfEveryWorkflowHasAFingerprintOfSixtyFourHexDigits() {
    List<String> fingerprinted = new ArrayList<>();
    for (Class<?> commands : List.of(ApplicationCommand.class, MembershipCommand.class, PostCommand.class,
        PledgeCommand.class, VolunteerCommand.class)) {
      for (Class<?> command : commands.getPermittedSubclasses()) {
        assertThat(Workflow.fingerprint(samples.sampleOf(command))).as(command.getName()).matches("[0-9a-f]{64}");
        fingerprinted.add(command.getSimpleName());
      }
    }
    assertThat(fingerprinted).hasSizeGreaterThan(50);
  }

  @Test
  void equalContentGivesOneFingerprintAndAnyDifferenceAnother() {
    Member ana = (Member) samples.sampleOf(Member.class);
    Member same = Member.builder().from(ana).build();
    var create = new ApplicationCommand.Create(ana, org.irrt.model.membership.MembershipTypeId.of("intl"), "t");
    assertThat(Workflow.fingerprint(new ApplicationCommand.Create(same, create.type(), "t")))
        .isEqualTo(Workflow.fingerprint(create));
    for (Member other : List.of(ana.withName(PersonName.of("Ana María", "García")),
        ana.withPreferredLanguage("fr"), ana.withCategory(org.irrt.model.member.MemberCategory.STUDENT))) {
      assertThat(Workflow.fingerprint(new ApplicationCommand.Create(other, create.type(), "t")))
          .as(other.toString()).isNotEqualTo(Workflow.fingerprint(create));
    }
    assertThat(CommandContent.canonical(Set.of("b", "a", "c"))).isEqualTo(CommandContent.canonical(
        new LinkedHashSet<>(List.of("c", "a", "b"))));
    assertThat(CommandContent.canonical("quote \" and \\ back")).isEqualTo("\"quote \\\" and \\\\ back\"");
  }

  @Test
  void aTypeWithNoCanonicalTextIsAProgrammingError() {
    assertThatThrownBy(() -> Workflow.fingerprint(new StringBuilder("masked?")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no canonical text for java.lang.StringBuilder: add it to CommandContent");
  }
}
