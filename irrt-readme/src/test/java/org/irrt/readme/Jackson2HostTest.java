package org.irrt.readme;

// README: jackson2-host
import com.fasterxml.jackson.databind.ObjectMapper;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.link.Link;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** README, "A short tour of the API": a Jackson 2 host's own mapper, and the ready one. */
class Jackson2HostTest {
  @Test
  void aJackson2HostReadsAndWritesTheSameTextAsJackson3() throws Exception {
    // README: jackson2-host
    ObjectMapper yours = new ObjectMapper().findAndRegisterModules();  // finds org.irrt.jackson2.IrrtModule
    Link link = yours.readValue("""
        {"id": "free-links-program", "title": "Free Links Program", "category": "PROGRAM",
         "url": "https://www.ala.org/rt/irrt/emergingleaders2008", "language": "en"}
        """, Link.class);                          // throws Jackson 2's checked JsonProcessingException
    String canonical = IrrtJson.write(link);       // the same text as Jackson 3's IrrtJson.write(link)
    // END README

    assertThat(canonical).isEqualTo(org.irrt.jackson3.IrrtJson.write(link));
    assertThat(yours.writeValueAsString(link)).as("a host mapper writes as its settings say").isEqualTo(
        "{\"id\":\"free-links-program\",\"title\":\"Free Links Program\",\"url\":\"https://www.ala.org/rt/irrt/emergingleaders2008\",\"category\":\"PROGRAM\",\"opensInNewWindow\":false,\"language\":\"en\",\"description\":null,\"featuredMonth\":null}");
  }
}
