package org.irrt.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import org.irrt.model.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * The workflows' bundle: every key in the seven languages IFLA works in, with the English
 * placeholders; a refusal speaks each of them, and any other language gets English.
 */
class WorkflowMessagesTest {
  private static Properties bundle(String suffix) {
    return MessageBundles.load(WorkflowMessagesTest.class, "/org/irrt/workflow/WorkflowMessages" + suffix + ".properties");
  }

  @Test
  void everyLanguageHasEveryEnglishKeyWithTheEnglishPlaceholders() {
    Properties english = bundle("");
    for (String language : MessageBundles.LANGUAGES) {
      assertThat(MessageBundles.problems(english, bundle("_" + language), language)).as(language).isEmpty();
    }
  }

  /** Every state and command of the library's five workflows, with its workflow's name. */
  private static final java.util.Map<String, java.util.List<Class<?>>> WORKFLOWS = java.util.Map.of(
      "membership-application", java.util.List.of(org.irrt.workflow.membership.ApplicationState.class,
          org.irrt.workflow.membership.ApplicationCommand.class),
      "membership", java.util.List.of(org.irrt.workflow.membership.MembershipState.class,
          org.irrt.workflow.membership.MembershipCommand.class),
      "committee-volunteering", java.util.List.of(org.irrt.workflow.committee.VolunteerState.class,
          org.irrt.workflow.committee.VolunteerCommand.class),
      "contribution", java.util.List.of(org.irrt.workflow.contribution.PostState.class,
          org.irrt.workflow.contribution.PostCommand.class),
      "pledge", java.util.List.of(org.irrt.workflow.pledge.PledgeState.class, org.irrt.workflow.pledge.PledgeCommand.class));

  @Test
  void everyStateAndCommandOfTheFiveWorkflowsHasWordsInTheSevenLanguages() {
    java.util.List<String> missing = new java.util.ArrayList<>();
    int words = 0;
    for (var workflow : WORKFLOWS.entrySet()) {
      for (Object state : workflow.getValue().get(0).getEnumConstants()) {
        Refusal.Word w = Refusal.Word.state(workflow.getKey(), (Enum<?>) state);
        words += check(w, missing);
      }
      for (Class<?> command : workflow.getValue().get(1).getPermittedSubclasses()) {
        words += check(Refusal.Word.command(command), missing);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(words).isEqualTo(95);
  }

  private static int check(Refusal.Word w, java.util.List<String> missing) {
    for (String language : java.util.List.of("en", "ar", "de", "es", "fr", "ru", "zh")) {
      String shown = w.in(Locale.forLanguageTag(language));
      if (shown.equals(w.code()) || shown.isBlank()) {
        missing.add(language + ": " + w.key());
      }
    }
    return 1;
  }

  @Test
  void aRefusalNamesStatesAndCommandsInTheReadersWordsAndAHostsOwnByTheirCodes() {
    var draft = Refusal.Word.state("membership-application", org.irrt.workflow.membership.ApplicationState.DRAFT);
    var refusal = new Refusal("state", "org.irrt.workflow.state",
        Refusal.Word.command(org.irrt.workflow.membership.ApplicationCommand.Approve.class), draft,
        java.util.List.of(Refusal.Word.command(org.irrt.workflow.membership.ApplicationCommand.Amend.class),
            Refusal.Word.command(org.irrt.workflow.membership.ApplicationCommand.Submit.class),
            Refusal.Word.command(org.irrt.workflow.membership.ApplicationCommand.Withdraw.class)));
    assertThat(refusal.message(Locale.ENGLISH))
        .isEqualTo("\u201Capprove\u201D is not possible while this is draft; possible now: amend, submit, or withdraw");
    assertThat(refusal.message(Locale.FRENCH)).isEqualTo("\u00AB\u00A0approuver\u00A0\u00BB n\u2019est pas possible "
        + "\u00E0 l\u2019\u00E9tat \u00AB\u00A0brouillon\u00A0\u00BB\u202F; possible maintenant\u00A0: modifier, soumettre ou retirer");
    assertThat(refusal.message(Locale.forLanguageTag("de")))
        .isEqualTo("\u201Egenehmigen\u201C ist im Stand \u201EEntwurf\u201C nicht m\u00F6glich; jetzt m\u00F6glich: "
            + "\u00E4ndern, einreichen oder zur\u00FCckziehen");
    assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("当前状态为“草稿”，不能“批准”；现在可以：修改、提交或撤回");
    var own = new Refusal("state", "org.irrt.workflow.stateNothing", new Refusal.Word("org.irrt.workflow.command.SHIP",
        "SHIP"), Refusal.Word.state("shipping", org.irrt.workflow.membership.ApplicationState.DRAFT));
    assertThat(own.message(Locale.ENGLISH))
        .isEqualTo("\u201CSHIP\u201D is not possible while this is DRAFT; there is nothing you may do with it now");
  }

  /**
   * A reader whose language has no bundle gets the message in English, and the list in it joined in
   * English too: not "submit, amend ili withdraw" for Serbian or "submit、amend、またはwithdraw" for
   * Japanese (found by an adversary's locale table).
   */
  @Test
  void aReaderWithoutABundleGetsTheListInEnglishAsTheMessageAroundIt() {
    var refusal = new Refusal("state", "org.irrt.workflow.state",
        Refusal.Word.command(org.irrt.workflow.membership.ApplicationCommand.Approve.class),
        Refusal.Word.state("membership-application", org.irrt.workflow.membership.ApplicationState.DRAFT),
        java.util.List.of(Refusal.Word.command(org.irrt.workflow.membership.ApplicationCommand.Submit.class),
            Refusal.Word.command(org.irrt.workflow.membership.ApplicationCommand.Withdraw.class)));
    String english = "\u201Capprove\u201D is not possible while this is draft; possible now: submit or withdraw";
    for (String tag : java.util.List.of("sr-Latn", "ja", "it", "pt-BR", "und", "en", "en-GB")) {
      assertThat(refusal.message(Locale.forLanguageTag(tag))).as(tag).isEqualTo(english);
    }
    assertThat(refusal.message(Locale.ROOT)).isEqualTo(english);
    assertThat(refusal.message(Locale.forLanguageTag("es-419"))).isEqualTo("\u00ABaprobar\u00BB no es posible en el "
        + "estado \u00ABborrador\u00BB; ahora es posible: enviar o retirar");
  }

  @Test
  void frenchRefusalsPutANoBreakSpaceBeforeTheirColonsAndANarrowOneBeforeSemicolons() {
    assertThat(MessageBundles.frenchTypography(bundle("_fr"))).isEmpty();
    assertThat(new Refusal("version", "org.irrt.workflow.version", 3, 4).message(Locale.FRENCH))
        .isEqualTo("votre page montrait la version 3, mais elle en est à la version 4\u00A0: rechargez-la et réessayez");
  }

  @Test
  void aRefusalSpeaksTheSevenLanguagesAndOthersGetEnglish() {
    Refusal full = new Refusal("committeeSizeLimit", "org.irrt.workflow.committee.full", "membership", 4);
    assertThat(full.message(Locale.ENGLISH)).isEqualTo("all 4 seats for membership are taken during this term");
    assertThat(full.message(Locale.GERMAN)).isEqualTo("alle 4 Sitze in membership sind in dieser Amtszeit besetzt");
    assertThat(full.message(Locale.forLanguageTag("ru"))).isEqualTo("все места в membership (всего: 4) в этот срок заняты");
    assertThat(full.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("membership 在本任期内的全部 4 个席位均已占满");
    assertThat(full.message(Locale.forLanguageTag("ar-EG"))).isEqualTo("جميع المقاعد (٤) في membership مشغولة خلال هذه المدة");
    assertThat(full.message(Locale.forLanguageTag("es"))).startsWith("los 4 ");
    assertThat(full.message(Locale.JAPANESE)).isEqualTo("all 4 seats for membership are taken during this term");
  }
}
