package org.irrt.spring.boot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.UnboundElementsSourceFilter;
import org.springframework.core.env.Environment;

/**
 * Checks every {@code irrt.*} setting before the start uses one, so that one report names every
 * wrong setting: a switch that is neither true nor false, a value {@link IrrtProperties} refuses, a
 * value that cannot be read as its type, and a name that is none of irrt's settings. Before, a
 * misspelt name ({@code irrt.membership-type}) was named only once every value was right, and then
 * in Spring Boot's words ("The elements [irrt.membership-type] were left unbound"), with no action.
 *
 * <p>The settings are bound as Spring Boot binds them ({@link Binder}, with its own check of names
 * that bind to nothing, {@link NoUnboundElementsBindHandler}); irrt only collects what each finds.
 * A value that cannot be read stops the binding there, so it is named and the settings are bound
 * again without it, until every value is read: before, every setting after it, right or wrong, was
 * named as "not one of irrt's settings" (adversary's pass, SettingsCheckAdversaryTest).
 */
final class SettingsCheck extends NoUnboundElementsBindHandler {
  private final List<String> problems;
  /** The setting this binding could not read, if any: the next binding leaves it out. */
  private ConfigurationPropertyName unreadable;

  private SettingsCheck(List<String> problems) {
    // as Spring Boot checks @ConfigurationProperties' names: not those of system properties and the environment
    super(BindHandler.DEFAULT, new UnboundElementsSourceFilter());
    this.problems = problems;
  }

  /**
   * Names every wrong {@code irrt.*} setting.
   *
   * @param environment the host's settings
   * @throws IrrtAutoConfiguration.WrongSettings naming each wrong setting
   */
  static void check(Environment environment) {
    List<String> problems = new ArrayList<>(IrrtAutoConfiguration.switchProblems(environment));
    Set<ConfigurationPropertyName> left = new HashSet<>();
    while (true) {
      SettingsCheck check = new SettingsCheck(problems);
      List<ConfigurationPropertySource> sources = new ArrayList<>();
      ConfigurationPropertySources.get(environment).forEach(s -> sources.add(s.filter(n -> !left.contains(n))));
      try {
        new Binder(sources, new PropertySourcesPlaceholdersResolver(environment))
            .bind("irrt", Bindable.of(IrrtProperties.class), check);
      } catch (BindException e) {
        // each problem was collected when it was found
      }
      if (check.unreadable == null || !left.add(check.unreadable)) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new IrrtAutoConfiguration.WrongSettings(problems);
    }
  }

  /**
   * At the settings' root: the values {@code IrrtProperties} refused, a value that could not be
   * read, and, through Spring Boot's own check (which it makes only when binding succeeded), the names
   * that bind to nothing.
   */
  @Override
  public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error)
      throws Exception {
    if (context.getDepth() == 0) {
      IrrtProperties.WrongValues wrong = find(error, IrrtProperties.WrongValues.class);
      BindException unreadable = error instanceof BindException b && !name.equals(b.getName()) ? b : null;
      UnboundConfigurationPropertiesException unknown = find(error, UnboundConfigurationPropertiesException.class);
      if (wrong != null) {
        problems.addAll(wrong.problems());
      } else if (unreadable != null) {
        add(unreadable.getName().toString(), " cannot be read: " + rootMessage(unreadable));
        this.unreadable = unreadable.getName();
        return super.onFailure(name, target, context, error); // the other names are judged without it
      }
      if (unknown == null) {
        try {
          onFinish(name, target, context, null);
        } catch (UnboundConfigurationPropertiesException e) {
          unknown = e;
        }
      }
      if (unknown != null) {
        for (ConfigurationProperty p : unknown.getUnboundProperties()) {
          add(p.getName().toString(), " is not one of irrt's settings"); // a value that failed is not bound either
        }
      }
    }
    return super.onFailure(name, target, context, error);
  }

  /** A problem of a setting, unless one of it is named already (a switch is also unreadable, and then unbound). */
  private void add(String name, String problem) {
    if (problems.stream().noneMatch(p -> p.startsWith(name + " "))) {
      problems.add(name + problem);
    }
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
