package org.irrt.workflow;

/**
 * An event of a workflow instance: past tense, immutable, with an {@link EventHeader}. Events are
 * the audit trail: folding an instance's events in order rebuilds it.
 */
public interface WorkflowEvent {
  /**
   * Who, when, comment and idempotency key.
   *
   * @return the header
   */
  EventHeader header();
}
