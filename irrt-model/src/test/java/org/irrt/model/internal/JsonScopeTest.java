package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;
import org.irrt.model.json.IrrtJson;
import org.irrt.model.member.Affiliation;
import org.junit.jupiter.api.Test;

/** The scope of one document: reused by the thread's next document, cleared, and never holding a library class strongly between documents. */
class JsonScopeTest {
  @Test
  void eachDocumentReportsOnlyItsOwnProblemsAndTheScopeIsReused() throws Exception {
    assertThatThrownBy(() -> IrrtJson.read("{\"institution\": \" \", \"position\": 3}", Affiliation.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("institution", "position"));
    Object[] cell = cell();
    assertThat(cell[0]).as("no scope open between documents").isNull();
    assertThat(cell[1]).isInstanceOf(WeakReference.class);
    Object kept = ((WeakReference<?>) cell[1]).get();

    assertThat(IrrtJson.read("{\"institution\": \"Biblioteca\"}", Affiliation.class).institution()).isEqualTo("Biblioteca");
    assertThatThrownBy(() -> IrrtJson.read("{\"institution\": \"Biblioteca\", \"position\": \"\"}", Affiliation.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("position"));
    Object again = ((WeakReference<?>) cell()[1]).get();
    if (kept != null) { // held here, so no collection can drop it: the next documents reuse it
      assertThat(again).as("the same scope").isSameAs(kept);
    }
    for (Object o : cell()) {
      assertThat(o == null || o.getClass().getName().startsWith("java.")).as("only JDK objects between documents").isTrue();
    }
  }

  /**
   * A document read independently while another is being read (here by a host's deserializer)
   * has a scope of its own: it reports its own problems, and the outer document is not charged
   * with them.
   */
  @Test
  void anIndependentReadDuringAnotherHasItsOwnScope() throws Exception {
    java.util.List<Object> inner = new java.util.ArrayList<>();
    com.fasterxml.jackson.databind.module.SimpleModule host = new com.fasterxml.jackson.databind.module.SimpleModule();
    host.addDeserializer(String.class, new com.fasterxml.jackson.databind.deser.std.StdDeserializer<String>(String.class) {
      @Override
      public String deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
          throws java.io.IOException {
        String text = p.getValueAsString();
        if (!"@@".equals(text)) {
          return text;
        }
        try {
          inner.add(IrrtJson.read("{\"institution\": \" \"}", Affiliation.class));
        } catch (InvalidValueException e) {
          inner.add(e.violations().stream().map(v -> v.path() + " " + v.code()).toList());
        }
        return "Directora";
      }
    });
    com.fasterxml.jackson.databind.ObjectMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new org.irrt.model.json.IrrtModule()).addModule(host).build();
    Affiliation outer = mapper.readValue("{\"institution\": \"Biblioteca\", \"position\": \"@@\"}", Affiliation.class);
    assertThat(outer.position()).contains("Directora");
    assertThat(inner).containsExactly(java.util.List.of("institution org.irrt.model.ValidText.blank"));
    assertThat(cell()[0]).isNull();
    // and the other way round: a valid inner document, an invalid outer one
    inner.clear();
    assertThatThrownBy(() -> mapper.readValue("{\"institution\": \" \", \"position\": \"@@\"}", Affiliation.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.code()).containsExactly("institution org.irrt.model.ValidText.blank"));
    assertThat(inner).hasSize(1);
    assertThat(cell()[0]).isNull();
  }

  private static Object[] cell() throws Exception {
    java.lang.reflect.Field f = JsonScope.class.getDeclaredField("CURRENT");
    f.setAccessible(true);
    return (Object[]) ((ThreadLocal<?>) f.get(null)).get();
  }
}
