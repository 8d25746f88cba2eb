package org.irrt.workflow.testing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.irrt.workflow.ActorId;
import org.irrt.workflow.EventHeader;
import org.irrt.workflow.WorkflowEvent;

/** Events of no workflow, for a store alone. */
public sealed interface NoteEvent extends WorkflowEvent {
  /**
   * A note.
   *
   * @param header who, when, key
   * @param text the text
   */
  record Noted(EventHeader header, String text) implements NoteEvent {
    /** Checks the parts. */
    public Noted {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A note without a key.
   *
   * @param text the text
   * @return the note
   */
  static Noted note(String text) {
    return keyed(text, null);
  }

  /**
   * A note with a key (or none when the key is null).
   *
   * @param text the text
   * @param key the key
   * @return the note
   */
  static Noted keyed(String text, String key) {
    return new Noted(new EventHeader(ActorId.of("ana"), "NOTE", "OPEN", Instant.parse("2026-03-02T10:15:30Z"),
        Optional.empty(), Optional.ofNullable(key), key == null ? "" : "f"), text);
  }
}
