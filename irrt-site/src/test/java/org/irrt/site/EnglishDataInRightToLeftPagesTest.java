package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A newcomer's trial: the round table's English data on Arabic pages was not marked, so its full
 * stops stood on the wrong side (".To promote interest…"); and the site's own notes in the data's
 * names ("Regular (demonstration: this site takes no dues)") stayed English on every page.
 */
class EnglishDataInRightToLeftPagesTest extends SiteTest {

  @Test
  void anArabicPagesPurposesAreMarkedEnglishLeftToRight() throws Exception {
    String home = get(visitor(), "/", "ar").body();
    assertThat(home).contains("dir=\"rtl\"", "<ul id=\"purposes\" lang=\"en\" dir=\"ltr\">",
        "<bdi lang=\"en\" dir=\"ltr\">American Library Association</bdi>");
    assertThat(get(visitor(), "/links", "ar").body()).as("a link's English title inside an Arabic sentence")
        .containsPattern("<a [^>]*><bdi lang=\"en\" dir=\"ltr\">[^<]+</bdi> \\(");
  }

  @Test
  void theSitesNotesBesideTheDataAreInTheVisitorsLanguage() throws Exception {
    assertThat(get(visitor(), "/join", "fr").body()).contains(
        ">\u2068Regular\u2069 (démonstration\u00A0: ce site ne perçoit aucune cotisation)</option>");
    assertThat(get(visitor(), "/campaign", "fr").body()).contains(
        "<h1><span lang=\"en\" dir=\"ltr\">Endowment campaign</span> <span>(exemple fictif)</span></h1>");
  }
}
