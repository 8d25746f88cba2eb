package org.irrt.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.irrt.model.committee.CommitteeId;
import org.irrt.model.member.MemberId;
import org.irrt.model.testing.ModelSamples;
import org.irrt.model.testing.NullArgumentTester;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.committee.VolunteerEvent;
import org.irrt.workflow.committee.VolunteerForm;
import org.irrt.workflow.contribution.PostEvent;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipEvent;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.testing.NoteEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event record of every workflow reads back equal through the codec, with either adapter. */
class EventCodecTest {
  static Stream<String> adapters() {
    return Stream.of("jackson2", "jackson3");
  }

  static <E> EventCodec.Builder<E> codec(Class<E> type, String adapter) {
    return adapter.equals("jackson2")
        ? EventCodec.of(type, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read)
        : EventCodec.of(type, org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read);
  }

  private static final EventHeader HEADER = new EventHeader(ActorId.of("ana"), "SUBMIT", "SUBMITTED",
      Instant.parse("2026-09-15T15:00:00.123456Z"), Optional.of("Thanks — 谢谢"), Optional.of("key-1"), "ab12");

  @ParameterizedTest
  @MethodSource("adapters")
  void everyEventOfEveryWorkflowReadsBackEqual(String adapter) {
    NullArgumentTester samples = ModelSamples.register(new NullArgumentTester()).sample(EventHeader.class, HEADER)
        .sample(VolunteerForm.class, new VolunteerForm(MemberId.of("m-1"), List.of(CommitteeId.of("membership")),
            "I would like to serve.", "Virtual meetings"));
    List<String> checked = new ArrayList<>();
    for (Class<? extends WorkflowEvent> sealed : List.of(ApplicationEvent.class, MembershipEvent.class,
        VolunteerEvent.class, PostEvent.class, PledgeEvent.class)) {
      checkAll(sealed, adapter, samples, checked);
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(53).doesNotHaveDuplicates(); // 53 records on 2026-12-07
  }

  private static <E extends WorkflowEvent> void checkAll(Class<E> sealed, String adapter, NullArgumentTester samples,
      List<String> checked) {
    EventCodec<E> codec = codec(sealed, adapter).build();
    for (Class<?> type : sealed.getPermittedSubclasses()) {
      E event = sealed.cast(samples.sampleOf(type));
      EventCodec.Encoded encoded = codec.encode(event);
      assertThat(encoded.type()).isEqualTo(type.getSimpleName());
      assertThat(encoded.typeVersion()).isEqualTo(1);
      assertThat(codec.decode(encoded.type(), 1, encoded.payload())).as(type.getName()).isEqualTo(event);
      checked.add(type.getName());
    }
  }

  @Test
  void aTypeNameOrVersionTheCodecDoesNotKnowIsAStoreFailureNamingIt() {
    EventCodec<NoteEvent> codec = codec(NoteEvent.class, "jackson2").build();
    assertThatThrownBy(() -> codec.decode("Erased", 1, "{}")).isInstanceOf(StoreException.class)
        .hasMessage("decode failed: unknown event type Erased");
    assertThatThrownBy(() -> codec.decode("Noted", 2, "{}")).isInstanceOf(StoreException.class)
        .hasMessage("decode failed: Noted stored at version 2, newer than this codec's 1 (a newer host wrote it)");
    assertThatThrownBy(() -> codec.decode("Noted", 1, "{\"text\":\"x\"}")).isInstanceOf(StoreException.class)
        .hasMessage("decode failed: Noted at version 1 cannot be read");
  }

  @Test
  void aVersionAboveOneNeedsAnUpcasterFromEveryVersionBefore() {
    assertThatThrownBy(() -> codec(NoteEvent.class, "jackson2").version(NoteEvent.Noted.class, 3)
        .upcaster(NoteEvent.Noted.class, 2, json -> json).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("upcasters missing: Noted from version 1");
    assertThatThrownBy(() -> codec(WorkflowEvent.class, "jackson2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("org.irrt.workflow.WorkflowEvent is not sealed");
  }

  @Test
  void upcastersRunInOrderFromTheStoredVersion() {
    EventCodec<NoteEvent> codec = codec(NoteEvent.class, "jackson2").version(NoteEvent.Noted.class, 3)
        .upcaster(NoteEvent.Noted.class, 1, json -> json.replace("\"old\"", "\"v2\""))
        .upcaster(NoteEvent.Noted.class, 2, json -> json.replace("\"v2\"", "\"v3\""))
        .build();
    String json = codec.encode(NoteEvent.note("old")).payload();
    assertThat(codec.encode(NoteEvent.note("old")).typeVersion()).isEqualTo(3);
    assertThat(((NoteEvent.Noted) codec.decode("Noted", 1, json)).text()).isEqualTo("v3");
    assertThat(((NoteEvent.Noted) codec.decode("Noted", 2, json.replace("\"old\"", "\"v2\""))).text()).isEqualTo("v3");
    assertThat(((NoteEvent.Noted) codec.decode("Noted", 3, json)).text()).isEqualTo("old");
  }
}
