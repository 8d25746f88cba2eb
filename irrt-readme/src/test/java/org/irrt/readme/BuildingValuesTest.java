package org.irrt.readme;

// README: building-values
import java.util.Locale;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.WebUrl;
import org.irrt.model.link.Link;
import org.irrt.model.link.LinkCategory;
import org.irrt.model.link.LinkId;
// END README

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** README, "A short tour of the API": values built in code, and what a builder refuses. */
class BuildingValuesTest {
  @RegisterExtension final Console console = new Console();

  @Test
  void aBuiltLinkIsValidAndABadOneIsRefusedWithEveryReason() {
    // README: building-values
    Link link = Link.builder()
        .id(LinkId.of("free-links-program"))
        .title("Free Links Program")
        .url(WebUrl.of("https://www.ala.org/rt/irrt/emergingleaders2008"))   // http or https only
        .category(LinkCategory.PROGRAM)
        .language("en")                                                      // a BCP 47 tag
        .build();
    Link renamed = link.withTitle("Free Links");   // a new value; link is unchanged
    try {
      Link.builder().from(link).title(" ").language("not a tag").build();
    } catch (InvalidValueException e) {            // never an invalid value: every reason instead
      e.violations().forEach(v -> System.out.println(v.path() + ": " + v.message(Locale.ENGLISH)));
    }
    // END README

    assertThat(link.title()).isEqualTo("Free Links Program");
    assertThat(renamed.title()).isEqualTo("Free Links");
    assertThat(renamed.url()).isEqualTo(link.url());
    assertThat(console.lines()).containsExactly(
        "language: must be a BCP 47 language tag such as en, es-419 or zh-Hant", "title: must not be blank");
    assertThatThrownBy(() -> WebUrl.of("javascript:x()")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must use http or https");
  }
}
