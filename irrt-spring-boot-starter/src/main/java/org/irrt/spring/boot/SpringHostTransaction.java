package org.irrt.spring.boot;

import java.lang.System.Logger.Level;
import java.util.Objects;
import org.irrt.store.jdbc.HostTransaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What Spring's transaction synchronization tells the stores in the host's transactions ({@code
 * irrt.store.host-transactions=true}):
 *
 * <ul>
 *   <li><b>after the commit</b>: the engines' listeners are called once the host's transaction has
 *       committed, in a new transaction of the host's transaction manager (Spring's advice for work
 *       after a commit), never for a transaction rolled back;
 *   <li><b>no wait for ever</b>: a transaction that holds irrt's append lock (it issued a command)
 *       and is suspended for a {@code REQUIRES_NEW} one on the same thread cannot end before that
 *       one does, so a command in the new one would wait for the lock for ever (PostgreSQL cannot see
 *       the two wait for each other: the thread hung); that command is refused with an {@link
 *       IllegalStateException} naming the cause instead.
 * </ul>
 *
 * <p>Outside Spring's synchronization (no transaction, or synchronization switched off) it does what
 * {@link HostTransaction#UNMANAGED} does.
 */
final class SpringHostTransaction implements HostTransaction {
  private static final System.Logger LOG = System.getLogger(SpringHostTransaction.class.getName());
  /** Bound to a transaction (while it runs) that holds the append lock: its {@link Holder}. */
  private static final Object HOLDS_LOCK = new Object();
  /** Per thread: how many of its suspended transactions hold the append lock. */
  private static final ThreadLocal<int[]> SUSPENDED_HOLDERS = ThreadLocal.withInitial(() -> new int[1]);

  private final ObjectProvider<PlatformTransactionManager> transactions;

  SpringHostTransaction(ObjectProvider<PlatformTransactionManager> transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public void beforeLock() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || TransactionSynchronizationManager.hasResource(HOLDS_LOCK)) {
      return;
    }
    if (SUSPENDED_HOLDERS.get()[0] > 0) {
      throw new IllegalStateException("irrt: a command in a new transaction (REQUIRES_NEW) while a suspended "
          + "transaction of the same thread holds irrt's append lock (it issued a command) would wait for that "
          + "transaction for ever; issue it in the outer transaction, or after it ends");
    }
    Holder holder = new Holder();
    TransactionSynchronizationManager.bindResource(HOLDS_LOCK, holder);
    TransactionSynchronizationManager.registerSynchronization(holder);
  }

  @Override
  public void afterCommit(Runnable action) {
    Objects.requireNonNull(action, "action");
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          PlatformTransactionManager manager = transactions.getIfUnique();
          if (manager == null) {
            action.run();
            return;
          }
          TransactionTemplate fresh = new TransactionTemplate(manager);
          fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
          fresh.executeWithoutResult(status -> action.run());
        } catch (RuntimeException e) { // the host's transaction is committed: its caller must not see a failure
          LOG.log(Level.WARNING, "irrt: the delivery after a commit failed ({0}); the next delivery retries",
              e.getClass().getName());
        }
      }
    });
  }

  /** A transaction that holds the append lock, counted on its thread while it is suspended. */
  private static final class Holder implements TransactionSynchronization {
    private boolean holding = true;

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResourceIfPossible(HOLDS_LOCK);
      if (holding) {
        SUSPENDED_HOLDERS.get()[0]++;
      }
    }

    @Override
    public void resume() {
      if (holding) {
        SUSPENDED_HOLDERS.get()[0]--;
      }
      TransactionSynchronizationManager.bindResource(HOLDS_LOCK, this);
    }

    @Override
    public void afterCommit() {
      holding = false; // the lock went with the commit (work after it may suspend this transaction)
    }

    @Override
    public void afterCompletion(int status) {
      holding = false;
      TransactionSynchronizationManager.unbindResourceIfPossible(HOLDS_LOCK);
    }
  }
}
