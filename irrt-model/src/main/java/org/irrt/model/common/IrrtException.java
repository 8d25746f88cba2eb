package org.irrt.model.common;

/**
 * The root of every exception the irrt library throws on purpose. Unchecked; subtypes carry the
 * offending values as fields and build their message from them.
 *
 * <p>Misuse of the API (a {@code null} argument, a call in the wrong state) gets the JDK's {@link
 * NullPointerException}, {@link IllegalArgumentException} or {@link IllegalStateException} instead.
 */
public class IrrtException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message the detail message; never personal data ({@code null}, as for any exception, for
   *     none)
   */
  public IrrtException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message the detail message; never personal data ({@code null} for none)
   * @param cause the underlying cause ({@code null} when unknown)
   */
  public IrrtException(String message, Throwable cause) {
    super(message, cause);
  }
}
