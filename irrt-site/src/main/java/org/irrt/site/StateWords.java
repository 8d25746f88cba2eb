package org.irrt.site;

import org.irrt.workflow.Refusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pages' words for a workflow's states, in the visitor's language, as irrt's refusals name them:
 * {@code ${@words.state('membership-application', app.state)}} shows "submitted", « soumise » in French.
 */
@Component("words")
public class StateWords {
  /**
   * A state in the visitor's words.
   *
   * @param workflow the workflow's name, such as {@code membership-application}
   * @param state the state
   * @return the words, or the state's code for a state irrt has no words for
   */
  public String state(String workflow, Enum<?> state) {
    return Refusal.Word.state(workflow, state).in(LocaleContextHolder.getLocale());
  }
}
