/**
 * The workflow core: an immutable, enum-keyed transition table per workflow ({@link
 * org.irrt.workflow.WorkflowDefinition}) with roles and named guards; pure decisions ({@link
 * org.irrt.workflow.Workflow#decide}) that give the new instance and its events, or a refusal with
 * every reason; event-sourced storage with a version check ({@link org.irrt.workflow.WorkflowStore});
 * an engine with an injected clock, idempotency keys, listeners and time-driven sweeps ({@link
 * org.irrt.workflow.WorkflowEngine}).
 */
@NullMarked
package org.irrt.workflow;

import org.jspecify.annotations.NullMarked;
