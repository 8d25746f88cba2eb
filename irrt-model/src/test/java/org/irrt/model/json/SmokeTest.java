package org.irrt.model.json;

import org.irrt.model.common.InvalidValueException;
import org.irrt.model.link.LinkGroup;
import org.irrt.model.link.Link;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() {
    String json = """
        {"id": "related", "title": "Related", "kind": "RELATED_LINKS", "colour": 3,
         "links": [
           {"id": "a", "title": "A", "url": "https://example.org/a", "category": "PAGE"},
           {"id": "b", "title": " ", "url": "javascript:alert(1)", "category": "NOPE", "opensInNewWindow": "yes"},
           {"id": "Bad Id", "url": "https://example.org/c", "category": "PAGE", "featuredMonth": "2020-13"},
           null,
           42
         ]}
        """;
    try {
      IrrtJson.read(json, LinkGroup.class);
    } catch (InvalidValueException e) {
      System.out.println(e.getMessage());
      System.out.println(e.message(java.util.Locale.FRENCH));
    }
    try {
      Link.builder().title("\u0000x").build();
    } catch (InvalidValueException e) {
      System.out.println(e.getMessage());
      System.out.println(e.message(new java.util.Locale("es")));
    }
    var ok = Link.builder().id(org.irrt.model.link.LinkId.of("x")).title("Cafe\u0301").category(org.irrt.model.link.LinkCategory.PAGE)
        .featuredMonth(java.time.YearMonth.of(2020, 1)).build();
    System.out.println(IrrtJson.write(ok));
    System.out.println(ok.title().length());
    try { ok.withTitle(""); } catch (InvalidValueException e) { System.out.println(e.getMessage()); }
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().readValue(json, LinkGroup.class);
    } catch (Exception e) {
      System.out.println(e.getClass() + " " + e.getMessage());
    }
  }
}
