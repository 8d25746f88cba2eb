package org.irrt.model.internal;

import com.fasterxml.jackson.databind.Module;

/** Installs the library's deserialization support into a mapper being set up. */
public final class JacksonSupport {
  private JacksonSupport() {}

  /**
   * Adds the validating deserializers, the problem handler and the reflection-free writers of
   * library values. None changes how the host's own types are read or written.
   *
   * @param context the setup context of the library module
   */
  public static void install(Module.SetupContext context) {
    context.addBeanDeserializerModifier(new ValidatingModifier());
    context.addBeanSerializerModifier(new AccessorWriters());
    context.addDeserializationProblemHandler(new CollectingProblemHandler());
  }
}
