package org.irrt.readme;

// README: jackson3-host
import org.irrt.jackson3.IrrtJson;
import org.irrt.jackson3.IrrtModule;
import org.irrt.model.link.Link;
import tools.jackson.databind.json.JsonMapper;
// END README

import static org.assertj.core.api.Assertions.assertThat;

import org.irrt.model.link.LinkCategory;
import org.junit.jupiter.api.Test;

/** README, "A short tour of the API": a Jackson 3 host's own mapper, and the ready one. */
class Jackson3HostTest {
  @Test
  void aHostMapperAndTheReadyMapperReadAndWriteTheSameLink() {
    // README: jackson3-host
    JsonMapper yours = JsonMapper.builder().addModule(new IrrtModule()).build(); // or .findAndAddModules()
    Link link = yours.readValue("""
        {"id": "free-links-program", "title": "Free Links Program", "category": "PROGRAM",
         "url": "https://www.ala.org/rt/irrt/emergingleaders2008", "language": "en"}
        """, Link.class);                          // validated as it is read, like IrrtJson.read
    String compact = yours.writeValueAsString(link);

    JsonMapper hardened = IrrtJson.newMapper();    // unknown properties, duplicate keys, coercions refused;
                                                   // nesting depth and string length limited; bytes UTF-8 only
    String canonical = IrrtJson.write(link);       // what IrrtJson.read(canonical, Link.class) reads back equal
    // END README

    assertThat(link.category()).isEqualTo(LinkCategory.PROGRAM);
    assertThat(compact).as("a host mapper writes as its settings say").isEqualTo(
        "{\"id\":\"free-links-program\",\"title\":\"Free Links Program\",\"url\":\"https://www.ala.org/rt/irrt/emergingleaders2008\",\"category\":\"PROGRAM\",\"opensInNewWindow\":false,\"language\":\"en\",\"description\":null,\"featuredMonth\":null}");
    assertThat(hardened.readValue(compact, Link.class)).isEqualTo(link);
    assertThat(IrrtJson.read(canonical, Link.class)).isEqualTo(link);
    assertThat(canonical).isEqualTo("""
        {
          "id": "free-links-program",
          "title": "Free Links Program",
          "url": "https://www.ala.org/rt/irrt/emergingleaders2008",
          "category": "PROGRAM",
          "opensInNewWindow": false,
          "language": "en"
        }
        """);
  }
}
