package org.irrt.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.irrt.model.common.EmailAddress;
import org.irrt.spring.boot.IrrtStores;
import org.irrt.workflow.StoreProjection;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.ApplicationState;
import org.springframework.stereotype.Component;

/**
 * Which e-mail addresses have an application not yet decided, withdrawn or expired: a view over the
 * applications' store ({@link StoreProjection}, which reads the store before each answer, so a
 * second site on the same database is seen too). The library's one-open-application rule is by
 * member id, and every join form makes a new one; the site refuses a second application by address
 * with this view. Addresses compare as {@link EmailAddress#equals} does (the domain in any case).
 *
 * <p>The check is the site's, not the store's. {@code JoinController} makes the check and the
 * application's creation inside the applications store's {@link
 * org.irrt.workflow.WorkflowStore#exclusively}: one transaction holding the lock every append takes,
 * which the creation's own append joins. So two forms sent at the same instant with one address make
 * one application, whether they reach one server or two servers on one database (before, both
 * passed the check and both were made; across servers the check held per server only). The view
 * reads the store inside that transaction, so it sees what another server committed.
 *
 * <p>It holds addresses, personal data: an erasure through the starter's {@code IrrtErasure} makes
 * it start over ({@link StoreProjection#startOver()}, as every {@code StoreProjection} bean), so it
 * then holds the erased form's address and the person's address may apply again; before, it kept the
 * address and refused it until a restart, while a freshly started site accepted it. Another site on
 * the same database calls {@code IrrtErasure.forgetInstances()} when told of the erasure.
 */
@Component
class OpenApplicationEmails extends StoreProjection<ApplicationEvent> {
  private static final Set<ApplicationState> UNDECIDED = Set.of(ApplicationState.DRAFT, ApplicationState.SUBMITTED,
      ApplicationState.UNDER_REVIEW, ApplicationState.MORE_INFORMATION_REQUESTED, ApplicationState.APPROVED);

  private record Entry(EmailAddress email, ApplicationState state) {}

  private final Map<String, Entry> byApplication = new HashMap<>();

  OpenApplicationEmails(IrrtStores stores) {
    super(stores.applications());
  }

  @Override
  protected void apply(String instanceId, ApplicationEvent event) {
    ApplicationState state = ApplicationState.valueOf(event.header().state());
    Entry before = byApplication.get(instanceId);
    EmailAddress email = event instanceof ApplicationEvent.ApplicationCreated c ? c.applicant().email()
        : event instanceof ApplicationEvent.ApplicationAmended a ? a.applicant().email()
        : before == null ? null : before.email();
    if (email != null) {
      byApplication.put(instanceId, new Entry(email, state));
    }
  }

  @Override
  protected void clear() {
    byApplication.clear();
  }

  /**
   * Whether an application not yet decided, withdrawn or expired holds this address.
   *
   * @param email the address
   * @return {@code true} when one does
   */
  boolean isOpen(EmailAddress email) {
    return answer(() -> byApplication.values().stream()
        .anyMatch(e -> UNDECIDED.contains(e.state()) && e.email().equals(email)));
  }
}
