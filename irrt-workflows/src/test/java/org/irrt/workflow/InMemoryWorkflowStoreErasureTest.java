package org.irrt.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.irrt.jackson2.IrrtJson;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.pledge.PledgeEvent;
import org.irrt.workflow.testing.WorkflowStoreErasureContract;

/**
 * The in-memory store keeps personal data apart and erases it as every store must ({@link
 * WorkflowStoreErasureContract}); its texts are everything it holds (history, key index, full
 * forms, subjects and pseudonyms), written as JSON with the Jackson 2 adapter.
 */
class InMemoryWorkflowStoreErasureTest extends WorkflowStoreErasureContract {
  private static final ObjectMapper JSON = IrrtJson.newMapper();

  private final InMemoryWorkflowStore<ApplicationEvent> applications = new InMemoryWorkflowStore<>();
  private final InMemoryWorkflowStore<PledgeEvent> pledges = InMemoryWorkflowStore.sharingPersonalDataWith(applications);

  @Override
  protected WorkflowStore<ApplicationEvent> applications() {
    return applications;
  }

  @Override
  protected WorkflowStore<PledgeEvent> pledges() {
    return pledges;
  }

  @Override
  protected List<String> everyStoredText() {
    return texts(applications, pledges);
  }

  /**
   * Everything in-memory stores hold, each object written as JSON.
   *
   * @param stores the stores
   * @return the texts
   */
  static List<String> texts(InMemoryWorkflowStore<?>... stores) {
    List<String> texts = new ArrayList<>();
    for (InMemoryWorkflowStore<?> store : stores) {
      for (Object o : store.contents()) {
        texts.add(json(o));
      }
    }
    return texts;
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
