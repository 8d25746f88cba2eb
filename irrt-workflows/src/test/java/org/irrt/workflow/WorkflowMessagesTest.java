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
