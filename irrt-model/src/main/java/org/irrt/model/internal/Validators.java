package org.irrt.model.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * The one validator of the library, built lazily on first use and shared by every value type's
 * {@code @Value.Check}.
 *
 * <p>Configured so that Bean Validation constraints on record-style accessors ({@code name()}) are
 * properties (Hibernate Validator's default sees only {@code getX()}/{@code isX()}); messages come
 * from the library bundle first, then Hibernate Validator's own translations; the locale is the JVM
 * default at the time of validation, and every {@link Violation} can be rendered again in another.
 */
public final class Validators {
  private Validators() {}

  /**
   * Violations in the document's order: paths compared with their indices as numbers, so {@code
   * members[2].id} comes before {@code members[10].id} (a plain string order listed {@code
   * members[10000]} first, and a report of 200 repeats in a long register left out its first ones).
   * ICU4J's root collation with numeric ordering decides it, at identical strength so that distinct
   * paths never tie.
   */
  private static final Comparator<Violation> BY_PATH;

  static {
    RuleBasedCollator paths = (RuleBasedCollator) Collator.getInstance(ULocale.ROOT);
    paths.setNumericCollation(true);
    paths.setStrength(Collator.IDENTICAL);
    Collator frozen = paths.freeze(); // thread-safe once frozen
    BY_PATH = Comparator.comparing(Violation::path, frozen::compare).thenComparing(Violation::code);
  }

  private static final class Holder {
    /** The library bundle for every locale; a locale without a bundle gets English, never the JVM default. */
    static final MessageInterpolator INTERPOLATOR =
        new ResourceBundleMessageInterpolator(Messages::bundle);
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .messageInterpolator(INTERPOLATOR)
        .localeResolver(context -> Locale.getDefault())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * Validates a freshly built value; the body of every value type's {@code @Value.Check}.
   *
   * @param value the value
   * @param rules the value's own structural rules (cross-attribute checks) or {@code null}
   * @param <T> the value type
   * @return {@code value} when valid
   * @throws InvalidValueException listing every violation, otherwise
   */
  public static <T> T check(T value, Rules.Check<T> rules) {
    List<Violation> found = validate(value);
    if (rules != null) {
      Rules r = new Rules();
      rules.check(value, r);
      if (!r.violations().isEmpty()) {
        found = new ArrayList<>(found);
        found.addAll(r.violations());
        found.sort(BY_PATH);
      }
    }
    if (found.isEmpty()) {
      return value;
    }
    throw new RejectedValueException(subject(value.getClass()), found, value);
  }

  /** Hibernate Validator's violations of a value, converted and sorted by path. */
  private static <T> List<Violation> validate(T value) {
    Set<ConstraintViolation<T>> cvs = Holder.VALIDATOR.validate(value);
    List<Violation> out = new ArrayList<>(cvs.size());
    for (ConstraintViolation<T> cv : cvs) {
      out.add(convert(cv));
    }
    out.sort(BY_PATH);
    return out;
  }

  /**
   * The name a host knows a value by: {@code Link} for {@code ImmutableLink}.
   *
   * @param type the runtime class
   * @return the simple name without the {@code Immutable} prefix
   */
  public static String subject(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") && name.length() > 9 ? name.substring(9) : name;
  }

  private static Violation convert(ConstraintViolation<?> cv) {
    String template = cv.getMessageTemplate();
    String code = template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1) : template;
    Context context = new Context(cv.getConstraintDescriptor(), cv.getRootBeanClass(), cv.getPropertyPath());
    return new Violation(path(cv.getPropertyPath()), code,
        locale -> Holder.INTERPOLATOR.interpolate(template, context, locale));
  }

  /**
   * Renders a Bean Validation path in the JSON style: {@code links[3].url}, {@code purposes[1]}.
   *
   * @param path the path
   * @return the rendered path
   */
  static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        if (node.getIndex() != null) {
          sb.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          sb.append('[').append(node.getKey()).append(']');
        }
        continue;
      }
      if (node.getName() != null) {
        if (node.getIndex() != null) {
          // The index sits on the node after the list in Bean Validation paths.
          sb.append('[').append(node.getIndex()).append(']');
        }
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(node.getName());
      }
    }
    return sb.toString();
  }

  /** Makes every no-argument, value-returning method a property named as the method. */
  static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES =
        Set.of("hashCode", "toString", "getClass", "clone", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  /** What the interpolator needs to render a violation again, without the rejected value. */
  private record Context(ConstraintDescriptor<?> descriptor, Class<?> rootBeanType, Path propertyPath)
      implements HibernateMessageInterpolatorContext {
    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return descriptor;
    }

    @Override
    public Object getValidatedValue() {
      return null;
    }

    @Override
    public <U> U unwrap(Class<U> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new jakarta.validation.ValidationException("cannot unwrap to " + type.getName());
    }

    @Override
    public Class<?> getRootBeanType() {
      return rootBeanType;
    }

    @Override
    public Map<String, Object> getMessageParameters() {
      return Map.of();
    }

    @Override
    public Map<String, Object> getExpressionVariables() {
      return Map.of();
    }

    @Override
    public Path getPropertyPath() {
      return propertyPath;
    }

    @Override
    public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
      return ExpressionLanguageFeatureLevel.VARIABLES;
    }
  }
}
