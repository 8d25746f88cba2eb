package org.irrt.store.jdbc;

import java.util.Objects;

/**
 * What a host's transaction manager tells a store that takes part in its transactions ({@link
 * JdbcWorkflowStore#inHostTransactions(javax.sql.DataSource, Dialect, String, EventCodec,
 * HostTransaction)}): plain JDBC cannot see when the host's transaction ends, nor that a thread
 * suspended one transaction to run another. The Spring Boot starter implements it with Spring's
 * transaction synchronization; {@link #UNMANAGED} is what a host without one gets.
 */
public interface HostTransaction {
  /**
   * Nothing known of the host's transactions: {@link #beforeLock()} allows everything and {@link
   * #afterCommit} runs the action at once, inside the host's transaction (a listener may then hear of
   * events that the host's transaction rolls back afterwards).
   */
  HostTransaction UNMANAGED = new HostTransaction() {};

  /**
   * Called in the host's current transaction before the store takes the append lock (an append, an
   * erasure, exclusive work), which that transaction then holds until it ends. Throws when taking it
   * would wait for ever: another transaction of the same thread, suspended to run this one (Spring's
   * {@code REQUIRES_NEW}), holds it already and cannot end before this one does; on PostgreSQL the
   * thread would hang, as the database cannot see that the two transactions wait for each other.
   *
   * @throws IllegalStateException when the lock is held by a suspended transaction of this thread
   */
  default void beforeLock() {}

  /**
   * Runs an action once the host's current transaction has committed, or never when it rolls back;
   * at once when there is no transaction to wait for.
   *
   * @param action what to run (the engine's delivery to its listeners)
   */
  default void afterCommit(Runnable action) {
    Objects.requireNonNull(action, "action");
    action.run();
  }
}
