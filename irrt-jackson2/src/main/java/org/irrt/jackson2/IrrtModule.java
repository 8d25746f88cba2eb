package org.irrt.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.irrt.model.internal.ValueTypes;

/**
 * The Jackson 2 module for a host's own {@code ObjectMapper}: {@code mapper.registerModule(new
 * IrrtModule())}, or {@code findAndRegisterModules()} (it is listed in {@code META-INF/services}).
 *
 * <p>What it does: reading any library value reports every violation in it at once, each with its
 * JSON path, as one {@link org.irrt.model.common.InvalidValueException}, and a property given twice
 * in a library value is refused; library values are written with their properties in declaration
 * order and with their own names, whatever the mapper's naming strategy (irrt's records, such as the
 * workflows' commands, too); it registers the Java time and {@code Optional} modules the values need. What it does not
 * do: change any feature, inclusion rule or date setting of the host's mapper, enable default
 * typing, or affect the host's own types; a host's default typing leaves library values without
 * type ids (irrt's text). Dates of library values are written as ISO-8601 text
 * whatever the host's {@code WRITE_DATES_AS_TIMESTAMPS}: every date or time of a library type is
 * written as text.
 */
public final class IrrtModule extends Module {
  private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.irrt", "irrt-jackson2");

  /** Creates the module. */
  public IrrtModule() {}

  @Override
  public String getModuleName() {
    return "irrt";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule(), new Jdk8Module());
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addAbstractTypeResolver(new AbstractTypeResolver() {
      @Override
      public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
        Class<?> made = ValueTypes.implementation(type.getRawClass());
        return made == null ? null : config.getTypeFactory().constructType(made);
      }
    });
    context.addBeanDeserializerModifier(new Reading());
    context.appendAnnotationIntrospector(new Reading.Annotations());
    context.addBeanSerializerModifier(new Reading.Order());
    context.addDeserializationProblemHandler(new Problems());
  }
}
