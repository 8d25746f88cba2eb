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
    if (kept != null && again != null) {
      assertThat(again).as("the same scope, unless a collection dropped it").isSameAs(kept);
    }
    for (Object o : cell()) {
      assertThat(o == null || o.getClass().getName().startsWith("java.")).as("only JDK objects between documents").isTrue();
    }
  }

  private static Object[] cell() throws Exception {
    java.lang.reflect.Field f = JsonScope.class.getDeclaredField("CURRENT");
    f.setAccessible(true);
    return (Object[]) ((ThreadLocal<?>) f.get(null)).get();
  }
}
