package org.irrt.workflow;

import org.irrt.model.common.IrrtException;

/**
 * Thrown by a store when an append expects a version the instance no longer has: someone else
 * committed first. Nothing was written; load the instance again and retry the command if it still
 * makes sense.
 */
public final class ConcurrencyException extends IrrtException {
  private static final long serialVersionUID = 1L;

  private final String instanceId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param instanceId the instance
   * @param expectedVersion the version the writer read
   * @param actualVersion the version in the store
   * @throws NullPointerException when {@code instanceId} is null
   */
  public ConcurrencyException(String instanceId, long expectedVersion, long actualVersion) {
    super("instance " + java.util.Objects.requireNonNull(instanceId, "instanceId") + " is at version " + actualVersion + ", not " + expectedVersion);
    this.instanceId = instanceId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The instance.
   *
   * @return its id
   */
  public String instanceId() {
    return instanceId;
  }

  /**
   * The version the writer expected.
   *
   * @return the version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version found.
   *
   * @return the version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
