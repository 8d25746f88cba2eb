package org.irrt.store.jdbc;

import java.sql.SQLException;
import org.irrt.model.common.IrrtException;

/**
 * A storage failure: the database refused or lost a statement, or a stored event cannot be read.
 * Unchecked; the cause is the driver's {@link SQLException} (or the JSON reader's exception). The
 * message names the operation and, for SQL, the SQLState, never an event's content. Business refusals
 * are never exceptions (they are {@link org.irrt.workflow.Outcome.Refused} values), and a stale append
 * is a {@link org.irrt.workflow.ConcurrencyException}.
 *
 * <p>After a failed append nothing of it is stored (the transaction is rolled back, or the host rolls
 * its own back), so the same command may be issued again; with an idempotency key it is then applied
 * exactly once.
 */
public final class StoreException extends IrrtException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String sqlState;

  /**
   * A failure of a statement.
   *
   * @param operation what the store was doing, e.g. {@code append}
   * @param cause the driver's exception
   */
  StoreException(String operation, SQLException cause) {
    super(operation + " failed (SQLState " + cause.getSQLState() + ", error " + cause.getErrorCode() + ")", cause);
    this.operation = operation;
    this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
  }

  /**
   * Another failure.
   *
   * @param operation what the store was doing
   * @param message what went wrong, without personal data
   * @param cause the cause, or null
   */
  StoreException(String operation, String message, Throwable cause) {
    super(operation + " failed: " + message, cause);
    this.operation = operation;
    this.sqlState = "";
  }

  /**
   * What the store was doing.
   *
   * @return e.g. {@code append}, {@code load}, {@code read}, {@code decode}
   */
  public String operation() {
    return operation;
  }

  /**
   * The SQLState of the driver's exception.
   *
   * @return the five-character code (e.g. {@code 08006}, connection failure), or {@code ""} when the
   *     failure was not a statement's
   */
  public String sqlState() {
    return sqlState;
  }
}
