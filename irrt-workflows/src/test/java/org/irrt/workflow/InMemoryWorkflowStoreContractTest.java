package org.irrt.workflow;

import org.irrt.workflow.testing.WorkflowStoreContract;

/** The store contract, run against the in-memory store. */
class InMemoryWorkflowStoreContractTest extends WorkflowStoreContract {
  @Override
  protected <E extends WorkflowEvent> WorkflowStore<E> newStore(Class<E> eventType) {
    return new InMemoryWorkflowStore<>();
  }
}
