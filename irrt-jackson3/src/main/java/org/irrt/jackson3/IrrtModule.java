package org.irrt.jackson3;

import org.irrt.model.internal.ValueTypes;
import tools.jackson.core.Version;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;

/**
 * The Jackson 3 module for a host's own {@code JsonMapper}: {@code
 * JsonMapper.builder().addModule(new IrrtModule())}, or {@code findAndAddModules()} as Spring Boot 4
 * does (it is listed in {@code META-INF/services}).
 *
 * <p>What it does: reading any library value reports every violation in it at once, each with its
 * JSON path, as one {@link org.irrt.model.common.InvalidValueException}, and a property given twice
 * in a library value is refused; library values are written with their properties in declaration
 * order, whatever the mapper's sorting, and with their own names, whatever its naming strategy (irrt's
 * records, such as the workflows' commands, too), and their dates and times as ISO-8601 text, whatever its
 * {@code WRITE_DATES_AS_TIMESTAMPS}. What it does not do: change any feature, inclusion rule or
 * date setting of the host's mapper, enable default typing, or affect the host's own types; a host's default typing leaves library
 * values without type ids (irrt's text). The
 * same documents give the same values, text and violations as with {@code irrt-jackson2}.
 */
public final class IrrtModule extends JacksonModule {
  private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.irrt", "irrt-jackson3");

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
  public void setupModule(SetupContext context) {
    context.addAbstractTypeResolver(new AbstractTypeResolver() {
      @Override
      public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
        Class<?> made = ValueTypes.implementation(type.getRawClass());
        return made == null ? null : config.getTypeFactory().constructType(made);
      }
    });
    context.addDeserializerModifier(new Reading());
    context.appendAnnotationIntrospector(new Reading.Annotations());
    context.addSerializerModifier(new Reading.Order());
    context.addHandler(new Problems());
  }
}
