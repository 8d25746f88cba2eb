/**
 * The workflow core: an immutable table per workflow ({@link org.irrt.workflow.WorkflowDefinition})
 * whose rows each state a transition once (state and command type to next state, roles, named
 * guards, the events it makes); pure decisions ({@link org.irrt.workflow.Workflow#decide}) that give
 * the new instance and its events, or a refusal with every reason, for every business "no";
 * event-sourced storage with a version check, a global order, an index of idempotency keys and
 * listeners' checkpoints ({@link org.irrt.workflow.WorkflowStore}); an engine with an injected clock,
 * idempotency by content, delivery at least once and time-driven sweeps ({@link
 * org.irrt.workflow.WorkflowEngine}); the host's configuration ({@link org.irrt.workflow.Organisation}).
 */
@NullMarked
package org.irrt.workflow;

import org.jspecify.annotations.NullMarked;
